# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html (TableName "Length Constraints: Minimum length of 3. Maximum length of 255", "Pattern: [a-zA-Z0-9_.-]+"; Key: "you must provide all of the attributes" of the primary key; AttributesToGet "Minimum number of 1 item"; ReturnConsumedCapacity "Valid Values: INDEXES | TOTAL | NONE"; ProjectionExpression; errors ResourceNotFoundException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ProjectionExpressions.html (a projection names top-level and nested attributes, list elements by index; "If any of the requested attributes are not found, they do not appear in the result")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html (a name placeholder begins with #; every placeholder defined must be used)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReadConsistency.html and CapacityUnitCalculations.html (an eventually consistent read of up to 4 KB costs half a read unit, a strongly consistent one a whole unit; a read of an item that does not exist costs as much)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html ("DynamoDB does not allow mixing legacy conditional parameters and expression parameters in a single call")
# Record: dynalite's test suite, test/getItem.js, which records live DynamoDB's answers (every exact message of the @strict scenarios; the problems listed together; which of two problems wins; a missing table reported before a key that does not match; the nested projection's result; the capacity of a read of a missing item)
# Record: dynalite's validations/index.js, its note of what DynamoDB's parser reads where a Boolean is declared ("'true'/'false'/'1'/'0'/'no'/'yes' seem to convert fine"): a ConsistentRead so spelled is the boolean it spells
# Seed: "Requires the key-attributes (PK for simple key table or PK+SK for composite key table)"
@get_item_edges
Feature: GetItem at the edges of its rules
  GetItem refuses, before it reads anything, a request whose members break their shape (all such
  problems listed in one message), a key value that is no valid value, a projection that does not
  parse, names a placeholder it does not define, leaves one unused, or names paths that overlap,
  and a mix of AttributesToGet with ProjectionExpression. Only then does it look for the table,
  and only then does it hold the key against the table's key schema. Bodies that break a
  request's shape are sent as written, so that no SDK's own checks stand in front of the rule.

  Background:
    Given a table Employee keyed by LoginAlias
    And a table Thread keyed by ForumName and sorted by Subject

  # Members that break their shape: every problem in one message

  @strict
  Scenario: A request without TableName and Key names both
    When I send GetItem with the raw body:
      """
      {}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'tableName' failed to satisfy constraint: Member must not be null
      Value null at 'key' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: An empty TableName breaks both its pattern and its minimum length
    When I send GetItem with the raw body:
      """
      {"TableName": ""}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value '' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3
      Value null at 'key' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: A short TableName with a character outside the pattern breaks both rules
    When I send GetItem with the raw body:
      """
      {"TableName": "a;"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3
      Value null at 'key' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: An unknown ReturnConsumedCapacity, an empty AttributesToGet and a bad TableName are listed together
    When I send GetItem with the raw body:
      """
      {"TableName": "abc;", "ReturnConsumedCapacity": "hi", "AttributesToGet": []}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1
      Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]
      Value null at 'key' failed to satisfy constraint: Member must not be null
      Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      """

  @strict
  Scenario Outline: A GetItem with nothing else wrong is refused for a table name with <character>, outside the pattern
    # API_GetItem.html, TableName: "Pattern: [a-zA-Z0-9_.-]+". The name is judged before any table is
    # looked up, so it is the pattern that is refused, not a missing table.
    When I send GetItem with the raw body:
      """
      {"TableName": "<name>", "Key": {"LoginAlias": {"S": "janed"}}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value '<name>' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      """

    Examples:
      | character                                   | name     |
      | a character between 9 and A                 | Employ;e |
      | a character between Z and a, in lower case  | employ[e |
      | a character after z, in capitals            | EMPLOY{E |
      | a character before 0                        | Employ!e |
      | a letter outside ASCII, in capitals         | EMPLOYÉ  |

  @strict
  Scenario Outline: A GetItem with nothing else wrong is refused for a table name of <length> characters
    # API_GetItem.html, TableName: "Length Constraints: Minimum length of 3. Maximum length of 255".
    When I send GetItem with the raw body:
      """
      {"TableName": "<name>", "Key": {"LoginAlias": {"S": "janed"}}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value '<name>' at 'tableName' failed to satisfy constraint: Member must have length <bound>
      """

    Examples:
      | length | name | bound |
      | 2      | Em   | greater than or equal to 3 |
      | 256    | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | less than or equal to 255 |

  @strict
  Scenario: A GetItem with its Key and no TableName is refused for the missing name
    # API_GetItem.html: TableName "Required: Yes".
    When I send GetItem with the raw body:
      """
      {"Key": {"LoginAlias": {"S": "janed"}}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'tableName' failed to satisfy constraint: Member must not be null
      """

  Scenario Outline: ReturnConsumedCapacity <value> is refused
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnConsumedCapacity": "<value>"}
      """
    Then the request fails with ValidationException

    Examples:
      | value   |
      | total   |
      | SIZE    |
      | ALL_OLD |

  # Legacy and expression parameters

  @strict
  Scenario: AttributesToGet with a ProjectionExpression is refused before the key's empty value is judged
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": {}}, "AttributesToGet": ["a"], "ExpressionAttributeNames": {}, "ProjectionExpression": ""}
      """
    Then the request fails with ValidationException
    And the error message is "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}"

  @strict
  Scenario: ExpressionAttributeNames without a ProjectionExpression is refused before the key's empty value is judged
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": {}}, "AttributesToGet": ["a"], "ExpressionAttributeNames": {}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeNames can only be specified when using expressions"

  # The same request whole: a name placeholder without an expression is refused as such, however
  # the rest of the request is (Expressions.ExpressionAttributeNames.html: placeholders stand in
  # for names in an expression).
  @strict
  Scenario: ExpressionAttributeNames without a ProjectionExpression is refused in a request that is otherwise valid
    When I send GetItem with the raw body:
      """
      {"TableName": "${Employee}", "Key": {"LoginAlias": {"S": "irenes"}}, "ExpressionAttributeNames": {"#a": "a"}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeNames can only be specified when using expressions"

  # Key values that are no valid values, judged before the projection and before the table

  @strict
  Scenario Outline: A key value with no data type is refused before an empty projection: <value>
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}, "ProjectionExpression": "", "ExpressionAttributeNames": {}}
      """
    Then the request fails with ValidationException
    And the error message is "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"

    Examples:
      | value                   |
      | {}                      |
      | {"a": ""}               |
      | {"M": {"a": {}}}        |
      | {"L": [{}]}             |
      | {"L": [{"a": {}}]}      |

  @strict
  Scenario Outline: A key value that breaks a rule of its type is refused before a name twice in AttributesToGet: <value>
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}, "AttributesToGet": ["a", "a"]}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: <problem>"

    Examples:
      | value                      | problem                                                     |
      | {"NULL": false}            | Null attribute value types must have the value of true      |
      | {"SS": []}                 | An string set  may not be empty                             |
      | {"NS": []}                 | An number set  may not be empty                             |
      | {"BS": []}                 | Binary sets should not be empty                             |
      | {"SS": ["a", "a"]}         | Input collection [a, a] contains duplicates.                |
      | {"BS": ["Yg==", "Yg=="]}   | Input collection [Yg==, Yg==]of type BS contains duplicates. |

  @strict
  Scenario Outline: A key number that is no DynamoDB number is refused: <value>
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | value                                              | message                                                                                  |
      | {"S": "", "N": ""}                                 | The parameter cannot be converted to a numeric value                                     |
      | {"S": "a", "N": ""}                                | The parameter cannot be converted to a numeric value                                     |
      | {"S": "a", "N": "b"}                               | The parameter cannot be converted to a numeric value: b                                  |
      | {"NS": ["1", ""]}                                  | The parameter cannot be converted to a numeric value                                     |
      | {"NS": ["1", "b"]}                                 | The parameter cannot be converted to a numeric value: b                                  |
      | {"NS": ["1", "1"]}                                 | Input collection contains duplicates                                                     |
      | {"N": "123456789012345678901234567890123456789"}   | Attempting to store more than 38 significant digits in a Number                          |
      | {"N": "-1.23456789012345678901234567890123456789"} | Attempting to store more than 38 significant digits in a Number                          |
      | {"N": "1e126"}                                     | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "-1e126"}                                    | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "1e-131"}                                    | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | {"N": "-1e-131"}                                   | Number underflow. Attempting to store a number with magnitude smaller than supported range |

  @strict
  Scenario: A key value with two data types is refused
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": {"S": "a", "N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes"

  @strict
  Scenario: A name twice in AttributesToGet is refused before the table is looked for
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "AttributesToGet": ["a", "a"]}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Duplicate value in attribute name: a"

  # The projection and its placeholders

  @strict
  Scenario Outline: A projection with <case> is refused before the table is looked for
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, <members>}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | case                                   | members                                                                  | message                                                                         |
      | an empty ExpressionAttributeNames      | "ExpressionAttributeNames": {}, "ProjectionExpression": ""               | ExpressionAttributeNames must not be empty                                       |
      | a name placeholder without #           | "ExpressionAttributeNames": {"a": "a"}, "ProjectionExpression": ""       | ExpressionAttributeNames contains invalid key: Syntax error; key: \\"a\\"          |
      | an empty ProjectionExpression          | "ProjectionExpression": ""                                               | Invalid ProjectionExpression: The expression can not be empty;                    |
      | a name placeholder it does not define  | "ProjectionExpression": "a,b,a,#a"                                       | Invalid ProjectionExpression: An expression attribute name used in the document path is not defined; attribute name: #a |
      | two names it does not use              | "ProjectionExpression": "a,b", "ExpressionAttributeNames": {"#a": "a", "#b": "b"} | Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b} |

  @strict
  Scenario Outline: The projection <projection> does not parse
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ProjectionExpression": "<projection>"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid ProjectionExpression: Syntax error; "

    Examples:
      | projection      |
      | whatever(stuff) |
      | :a              |
      | abort,          |
      | a,,b            |
      | a..b            |
      | a[b]            |
      | (a.b).c         |
      | (a)             |
      | (a),(b)         |
      | (a,b)           |
      | a-b             |

  @strict
  Scenario Outline: The projection <projection> names a reserved word
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ProjectionExpression": "<projection>"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: "

    Examples:
      | projection  |
      | a.abORt     |
      | #a,ABSoLUTE |

  @strict
  Scenario Outline: The projection <projection> names paths that overlap
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ProjectionExpression": "<projection>", "ExpressionAttributeNames": {"#a": "a"}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: <one>, path two: <two>"

    Examples:
      | projection          | one    | two      |
      | b[1], b.a, #a.b, a  | [a, b] | [a]      |
      | a, #a[1]            | [a]    | [a, [1]] |

  @strict
  Scenario Outline: The projection <projection> names paths that conflict
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ProjectionExpression": "<projection>", "ExpressionAttributeNames": {"#a": "a", "#b": "[3]"}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: <one>, path two: <two>"

    Examples:
      | projection            | one          | two          |
      | a.b, #a[1], #b        | [a, b]       | [a, [1]]     |
      | a.b[1], #a[1], #b     | [a, b, [1]]  | [a, [1]]     |
      | a[3].b, #a.#b.b       | [a, [3], b]  | [a, [3], b]  |

  # The table, then the key against its schema

  Scenario: A table that does not exist is reported before a key that matches no schema
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}}
      """
    Then the request fails with ResourceNotFoundException

  @strict
  Scenario Outline: A key that does not match the table's key schema is refused: <key>
    When I get an item from Employee with:
      """
      {"Key": <key>}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

    Examples:
      | key                                                  |
      | {}                                                   |
      | {"FirstName": {"S": "a"}}                            |
      | {"LoginAlias": {"S": "a"}, "FirstName": {"S": "a"}}  |
      | {"LoginAlias": {"B": "abcd"}}                        |
      | {"LoginAlias": {"N": "1"}}                           |
      | {"LoginAlias": {"BOOL": true}}                       |
      | {"LoginAlias": {"NULL": true}}                       |
      | {"LoginAlias": {"SS": ["a"]}}                        |
      | {"LoginAlias": {"NS": ["1"]}}                        |
      | {"LoginAlias": {"BS": ["aaaa"]}}                     |
      | {"LoginAlias": {"M": {}}}                            |
      | {"LoginAlias": {"L": []}}                            |

  @strict
  Scenario: A key without the table's sort key does not match the schema
    When I get an item from Thread with:
      """
      {"Key": {"ForumName": {"S": "S3"}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

  @strict
  Scenario: An empty string as the partition key value is refused naming the key
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": ""}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: The AttributeValue for a key attribute cannot contain an empty string value. Key: LoginAlias"

  @strict
  Scenario: An empty binary as the sort key value is refused naming the key
    Given I create a table Files with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Owner", "AttributeType": "S"}, {"AttributeName": "Digest", "AttributeType": "B"}],
       "KeySchema": [{"AttributeName": "Owner", "KeyType": "HASH"}, {"AttributeName": "Digest", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    When I get an item from Files with:
      """
      {"Key": {"Owner": {"S": "a"}, "Digest": {"B": ""}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: The AttributeValue for a key attribute cannot contain an empty binary value. Key: Digest"

  @strict
  Scenario: A partition key value of 2049 bytes is refused in DynamoDB's words
    When I call GetItem on Employee with "k…" written out to 2049 bytes:
      """
      {"Key": {"LoginAlias": {"S": "k…"}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes"

  @strict
  Scenario: A sort key value of 1025 bytes is refused in DynamoDB's words
    When I call GetItem on Thread with "k…" written out to 1025 bytes:
      """
      {"Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "k…"}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes"

  @strict
  Scenario Outline: A projection that looks inside a key attribute is refused: <projection>
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ProjectionExpression": "<projection>", "ExpressionAttributeNames": {"#a": "LoginAlias"}}
      """
    Then the request fails with ValidationException
    And the error message is "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: LoginAlias"

    Examples:
      | projection |
      | #a.b.c     |
      | #a[0]      |

  @strict
  Scenario Outline: A projection that looks inside an index key attribute is refused: <projection>
    Given I create a table Threads with:
      """
      {"AttributeDefinitions": [{"AttributeName": "ForumName", "AttributeType": "S"}, {"AttributeName": "Subject", "AttributeType": "S"},
                                {"AttributeName": "LastPost", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "Subject", "KeyType": "RANGE"}],
       "LocalSecondaryIndexes": [{"IndexName": "ByLastPost",
                                  "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "LastPost", "KeyType": "RANGE"}],
                                  "Projection": {"ProjectionType": "ALL"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    When I get an item from Threads with:
      """
      {"Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, "ProjectionExpression": "<projection>", "ExpressionAttributeNames": {"#d": "LastPost"}}
      """
    Then the request fails with ValidationException
    And the error message is "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: LastPost"

    Examples:
      | projection |
      | #d.b.c     |
      | #d[0]      |

  # What a read returns

  Scenario: A key that holds no item returns an empty response
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}}
      """
    Then the response is:
      """
      {}
      """

  Scenario Outline: The <kind> read of an item that does not exist, with ReturnConsumedCapacity <value>, costs <units> read units
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, "ConsistentRead": <strong>, "ReturnConsumedCapacity": "<value>"}
      """
    Then the request succeeds
    And the response has no Item
    And the ConsumedCapacity in the response includes:
      """
      <consumed>
      """

    Examples:
      | kind                  | strong | value   | units | consumed                                                                     |
      | eventually consistent | false  | TOTAL   | 0.5   | {"TableName": "Employee", "CapacityUnits": 0.5}                              |
      | eventually consistent | false  | INDEXES | 0.5   | {"TableName": "Employee", "CapacityUnits": 0.5, "Table": {"CapacityUnits": 0.5}} |
      | strongly consistent   | true   | TOTAL   | 1     | {"TableName": "Employee", "CapacityUnits": 1.0}                              |
      | strongly consistent   | true   | INDEXES | 1     | {"TableName": "Employee", "CapacityUnits": 1.0, "Table": {"CapacityUnits": 1.0}} |

  Scenario: ReturnConsumedCapacity NONE returns no ConsumedCapacity
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnConsumedCapacity": "NONE", "ConsistentRead": true}
      """
    Then the response is:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}}
      """

  Scenario Outline: <how> returns only the attributes asked for
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"S": "a"}, "g": {"N": "23"}}
      """
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConsistentRead": true, <members>}
      """
    Then the response is:
      """
      {"Item": {"b": {"S": "a"}, "g": {"N": "23"}}}
      """

    Examples:
      | how                                 | members                                                                             |
      | AttributesToGet                     | "AttributesToGet": ["b", "g"]                                                      |
      | A ProjectionExpression              | "ProjectionExpression": "b, g"                                                      |
      | A ProjectionExpression with names   | "ProjectionExpression": "#b, #g", "ExpressionAttributeNames": {"#b": "b", "#g": "g"} |

  Scenario Outline: A projection of nested paths returns each as part of its map or list, list elements in order: <projection>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"M": {"a": {"S": "a"}, "b": {"S": "b"}, "c": {"S": "c"}}}, "c": {"L": [{"S": "a"}, {"S": "b"}, {"S": "c"}]}}
      """
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConsistentRead": true, <members>}
      """
    Then the response is:
      """
      {"Item": {"b": {"M": {"b": {"S": "b"}, "c": {"S": "c"}}}, "c": {"L": [{"S": "b"}, {"S": "c"}]}}}
      """

    Examples:
      | projection                        | members                                                                                                   |
      | b.c,c[2],b.b,c[1],c[0].a          | "ProjectionExpression": "b.c,c[2],b.b,c[1],c[0].a"                                                        |
      | #b.#c,#c[2],#b.#b,#c[1],#c[0][1]  | "ProjectionExpression": "#b.#c,#c[2],#b.#b,#c[1],#c[0][1]", "ExpressionAttributeNames": {"#b": "b", "#c": "c"} |

  Scenario Outline: Attributes asked for that the item does not have do not appear: <members>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"M": {"a": {"S": "a"}}}, "c": {"L": [{"S": "x"}]}}
      """
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConsistentRead": true, <members>}
      """
    Then the response is:
      """
      {"Item": {"b": {"M": {"a": {"S": "a"}}}}}
      """

    Examples:
      | members                                                         |
      | "AttributesToGet": ["b", "zz"]                                  |
      | "ProjectionExpression": "b.a, b.zz, c[5], zz"                   |
      | "ProjectionExpression": "#b, c.x", "ExpressionAttributeNames": {"#b": "b"} |

  Scenario Outline: A ConsistentRead spelled as the word <word> is <kind>, and costs <units> read units
    # ReadConsistency.html and CapacityUnitCalculations.html: a strongly consistent read of up to
    # 4 KB costs one read unit, an eventually consistent one half of one.
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I send GetItem with the raw body:
      """
      {"TableName": "${Employee}", "Key": {"LoginAlias": {"S": "irenes"}}, "ConsistentRead": "<word>", "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the request succeeds
    And the ConsumedCapacity in the response includes:
      """
      {"TableName": "Employee", "CapacityUnits": <units>}
      """

    Examples:
      | word  | kind                  | units |
      | true  | strongly consistent   | 1.0   |
      | yes   | strongly consistent   | 1.0   |
      | false | eventually consistent | 0.5   |

# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html (TableName "Minimum length of 3", "Pattern: [a-zA-Z0-9_.-]+"; Key: "For the primary key, you must provide all of the attributes"; ReturnValues NONE | ALL_OLD | UPDATED_OLD | ALL_NEW | UPDATED_NEW: "UPDATED_OLD - Returns only the updated attributes, as they appeared before the UpdateItem operation", "UPDATED_NEW - Returns only the updated attributes, as they appear after the UpdateItem operation"; ReturnConsumedCapacity INDEXES | TOTAL | NONE; ReturnItemCollectionMetrics SIZE | NONE; ReturnValuesOnConditionCheckFailure ALL_OLD | NONE; "Edits an existing item's attributes, or adds a new item to the table if it does not already exist"; errors ConditionalCheckFailedException, ResourceNotFoundException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html (SET, REMOVE, ADD, DELETE; each clause once; if_not_exists and list_append; "ADD supports only number and set data types"; "DELETE supports only set data types"; SET on list elements past the end appends)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html and APIReference/API_AttributeValueUpdate.html (Action PUT | DELETE | ADD; "If no value is specified, the attribute and its value are removed from the item" only for DELETE; ADD of a number or a set; DELETE of a set "subtracted from the old set")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html ("DynamoDB does not allow mixing legacy conditional parameters and expression parameters in a single call")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html ("The maximum item size in DynamoDB is 400 KB"; "DynamoDB supports nested attributes up to 32 levels deep") and CapacityUnitCalculations.html (an update costs write units for the larger of the item before and after, 1 KB each rounded up)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html ("the data type of the index sort key attribute" must match its AttributeDefinitions entry)
# Record: dynalite's test suite, test/updateItem.js, which records live DynamoDB's answers (every exact message of the @strict scenarios; the problems listed together; which of two problems wins; the answers to the updates that succeed, the nested UPDATED_NEW and the ADD of a list among them)
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@update_item_edges
Feature: UpdateItem at the edges of its rules
  UpdateItem refuses, before it writes anything, a request whose members break their shape (all
  such problems listed in one message), a mix of legacy and expression parameters, key and
  expression values that are no valid values, AttributeUpdates whose action does not take its
  value, and legacy conditions whose members do not go together; all of this before it looks for
  the table. Then the key must match the table's key schema and stay unchanged, every operand must
  have a type its action takes in the item as it is, an index key keep its declared scalar type,
  and the item stay within 400 KB and 32 levels. An update that passes returns what ReturnValues
  asks: for UPDATED_OLD and UPDATED_NEW only the paths it wrote.

  Background:
    Given a table Employee keyed by LoginAlias
    And a table Thread keyed by ForumName and sorted by Subject

  # Members that break their shape: every problem in one message

  @strict
  Scenario: A request without TableName and Key names both
    When I send UpdateItem with the raw body:
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
    When I send UpdateItem with the raw body:
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
  Scenario: Unknown values of every enumerated member are listed together
    When I send UpdateItem with the raw body:
      """
      {"TableName": "abc;", "ReturnConsumedCapacity": "hi", "ReturnItemCollectionMetrics": "hi", "ReturnValues": "hi"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]
      Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value 'hi' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]
      Value 'hi' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]
      Value null at 'key' failed to satisfy constraint: Member must not be null
      """

  Scenario Outline: UpdateItem refuses <member> <value> and changes nothing
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET FirstName = :f", "ExpressionAttributeValues": {":f": {"S": "Irena"}}, "<member>": "<value>"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

    Examples:
      | member                              | value       |
      | ReturnValues                        | updated_new |
      | ReturnConsumedCapacity              | SIZE        |
      | ReturnItemCollectionMetrics         | INDEXES     |

  Scenario: UpdateItem refuses a ReturnValuesOnConditionCheckFailure other than ALL_OLD and NONE and changes nothing
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET FirstName = :f", "ExpressionAttributeValues": {":f": {"S": "Irena"}}, "ReturnValuesOnConditionCheckFailure": "ALL_NEW"}
      """
    Then the request fails with ValidationException
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET FirstName = :f", "ExpressionAttributeValues": {":f": {"S": "Irena"}}, "ReturnValuesOnConditionCheckFailure": "UPDATED_OLD"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  # Legacy and expression parameters, and which problem wins

  @strict
  Scenario Outline: A request with <case> is refused before the key's value of no type is judged
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": {}}, <members>}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | case                                              | members                                                                                                                                                                  | message                                                                                                                                                                        |
      | legacy and expression parameters together         | "Expected": {"a": {}}, "AttributeUpdates": {}, "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ConditionExpression": "", "UpdateExpression": ""       | Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates, Expected} Expression parameters: {UpdateExpression, ConditionExpression} |
      | ExpressionAttributeNames without an expression    | "Expected": {"a": {}}, "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}                                                                                  | ExpressionAttributeNames can only be specified when using expressions                                                                                                          |
      | ExpressionAttributeValues without an expression   | "Expected": {"a": {}}, "ExpressionAttributeValues": {}                                                                                                                  | ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null                                                     |

  @strict
  Scenario Outline: A key value with no data type is refused before empty expressions and placeholders: <value>
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}, "ConditionExpression": "", "UpdateExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}}
      """
    Then the request fails with ValidationException
    And the error message is "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"

    Examples:
      | value               |
      | {}                  |
      | {"a": ""}           |
      | {"M": {"a": {}}}    |
      | {"L": [{}]}         |
      | {"L": [{"a": {}}]}  |

  @strict
  Scenario Outline: A key value that breaks a rule of its type is refused before AttributeUpdates and Expected are judged: <value>
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}, "Expected": {"a": {}}, "AttributeUpdates": {"a": {"x": "whatever"}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: <problem>"

    Examples:
      | value                      | problem                                                      |
      | {"NULL": false}            | Null attribute value types must have the value of true       |
      | {"SS": []}                 | An string set  may not be empty                              |
      | {"NS": []}                 | An number set  may not be empty                              |
      | {"BS": []}                 | Binary sets should not be empty                              |
      | {"SS": ["a", "a"]}         | Input collection [a, a] contains duplicates.                 |
      | {"BS": ["Yg==", "Yg=="]}   | Input collection [Yg==, Yg==]of type BS contains duplicates. |

  @strict
  Scenario Outline: A key number that is no DynamoDB number is refused: <value>
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | value                                              | message                                                                                    |
      | {"S": "", "N": ""}                                 | The parameter cannot be converted to a numeric value                                       |
      | {"S": "a", "N": "b"}                               | The parameter cannot be converted to a numeric value: b                                    |
      | {"NS": ["1", ""]}                                  | The parameter cannot be converted to a numeric value                                       |
      | {"NS": ["1", "1"]}                                 | Input collection contains duplicates                                                       |
      | {"N": "123456789012345678901234567890123456789"}   | Attempting to store more than 38 significant digits in a Number                            |
      | {"N": "1e126"}                                     | Number overflow. Attempting to store a number with magnitude larger than supported range   |
      | {"N": "-1e-131"}                                   | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | {"S": "a", "N": "1"}                               | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |

  # AttributeUpdates whose action does not take its value, judged before Expected

  @strict
  Scenario: An AttributeUpdates entry with no value and no action is refused before a bad Expected
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "Expected": {"a": {}}, "AttributeUpdates": {"a": {"x": "whatever"}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified"

  Scenario Outline: An AttributeUpdates entry with action <action> and no value is refused
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "AttributeUpdates": {"a": {"Action": "<action>"}}}
      """
    Then the request fails with ValidationException

    Examples:
      | action |
      | PUT    |
      | ADD    |

  @strict
  Scenario Outline: DELETE with a value of type <type> is refused: only a set can be subtracted
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "AttributeUpdates": {"a": {"Action": "DELETE", "Value": <value>}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: DELETE action with value is not supported for the type <type>"

    Examples:
      | type | value           |
      | S    | {"S": "1"}      |
      | N    | {"N": "1"}      |
      | B    | {"B": "Yg=="}   |
      | NULL | {"NULL": true}  |
      | BOOL | {"BOOL": true}  |
      | M    | {"M": {}}       |
      | L    | {"L": []}       |

  @strict
  Scenario Outline: ADD with a value of type <type> is refused: only numbers, sets and lists are added
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "AttributeUpdates": {"a": {"Action": "ADD", "Value": <value>}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: ADD action is not supported for the type <type>"

    Examples:
      | type | value           |
      | S    | {"S": "1"}      |
      | B    | {"B": "Yg=="}   |
      | NULL | {"NULL": true}  |
      | BOOL | {"BOOL": true}  |
      | M    | {"M": {}}       |

  @strict
  Scenario Outline: A legacy Expected condition whose members do not go together is refused: <case>
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "Expected": {"a": <condition>}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: <problem>"

    Examples:
      | case                        | condition                              | problem                                                       |
      | neither Value nor Exists    | {}                                     | Value must be provided when Exists is null for Attribute: a   |
      | Exists true without Value   | {"Exists": true}                       | Value must be provided when Exists is true for Attribute: a   |
      | Exists false with a Value   | {"Exists": false, "Value": {"S": "a"}} | Value cannot be used when Exists is false for Attribute: a    |

  # Expressions and placeholders, before the table is looked for

  @strict
  Scenario Outline: A request with <case> is refused before the table is looked for
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, <members>}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | case                                             | members                                                                                                               | message                                                                                                     |
      | an empty ExpressionAttributeNames                | "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ConditionExpression": "", "UpdateExpression": ""    | ExpressionAttributeNames must not be empty                                                                   |
      | a name placeholder without #                     | "ExpressionAttributeNames": {"a": "a"}, "ExpressionAttributeValues": {}, "ConditionExpression": "", "UpdateExpression": "" | ExpressionAttributeNames contains invalid key: Syntax error; key: \\"a\\"                                |
      | an empty ExpressionAttributeValues               | "ExpressionAttributeValues": {}, "ConditionExpression": "", "UpdateExpression": ""                                    | ExpressionAttributeValues must not be empty                                                                  |
      | a value placeholder without : before a bad value | "ExpressionAttributeValues": {":b": {"a": ""}, "b": {"S": "a"}}, "ConditionExpression": "", "UpdateExpression": ""   | ExpressionAttributeValues contains invalid key: Syntax error; key: \\"b\\"                                     |
      | a value of no data type                          | "ExpressionAttributeValues": {":b": {"L": [{"a": {}}]}}, "ConditionExpression": "", "UpdateExpression": ""           | ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes for key :b |
      | an empty string set as a value                   | "ExpressionAttributeValues": {":b": {"SS": []}}, "ConditionExpression": "", "UpdateExpression": ""                   | ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :b |
      | a number set with a word as a value              | "ExpressionAttributeValues": {":b": {"NS": ["1", "b"]}}, "ConditionExpression": "", "UpdateExpression": ""           | ExpressionAttributeValues contains invalid value: The parameter cannot be converted to a numeric value: b for key :b |
      | a value of two types                             | "ExpressionAttributeValues": {":b": {"S": "a", "N": "1"}}, "ConditionExpression": "", "UpdateExpression": ""         | ExpressionAttributeValues contains invalid value: Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes for key :b |
      | an empty UpdateExpression and ConditionExpression | "ConditionExpression": "", "UpdateExpression": ""                                                                   | Invalid UpdateExpression: The expression can not be empty;                                                  |
      | an empty ConditionExpression                     | "ConditionExpression": ""                                                                                             | Invalid ConditionExpression: The expression can not be empty;                                               |

  Scenario Outline: UpdateItem refuses <legacy> together with <expression>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, <members>}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

    Examples:
      | legacy              | expression          | members                                                                                                                                    |
      | Expected            | UpdateExpression    | "Expected": {"b": {"Exists": false}}, "UpdateExpression": "SET b = :b", "ExpressionAttributeValues": {":b": {"S": "b"}}                    |
      | AttributeUpdates    | ConditionExpression | "AttributeUpdates": {"b": {"Value": {"S": "b"}}}, "ConditionExpression": "attribute_not_exists(b)"                                         |

  Scenario: UpdateItem refuses the legacy ConditionalOperator beside a condition or an update expression
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConditionalOperator": "AND", "UpdateExpression": "SET b = :b", "ConditionExpression": "attribute_not_exists(b)",
       "ExpressionAttributeValues": {":b": {"S": "b"}}}
      """
    Then the request fails with ValidationException
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConditionalOperator": "OR", "UpdateExpression": "SET b = :b", "ExpressionAttributeValues": {":b": {"S": "b"}}}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario Outline: A SET takes no function but if_not_exists and list_append: <update>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<update>", "ExpressionAttributeValues": {":v": {"S": "v"}}}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

    Examples:
      | update                          |
      | SET a = size(:v)                |
      | SET a = attribute_exists(b), c = :v |
      | SET a = begins_with(b, :v)      |
      | SET a = contains(b, :v)         |
      | SET a = attribute_type(b, :v)   |
      | SET a = :v REMOVE size(b)       |

  @strict
  Scenario: Names the expressions do not use are refused, naming them
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "UpdateExpression": "remove a set b = list_append(b, if_not_exists(a, :a))", "ConditionExpression": "a = :b",
       "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"S": "a"}}, "ExpressionAttributeNames": {"#a": "a", "#b": "b"}}
      """
    Then the request fails with ValidationException
    And the error message starts with "Value provided in ExpressionAttributeNames unused in expressions: keys: {#"

  # The table, then the key against its schema

  Scenario: A table that does not exist is reported before a key that matches no schema
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}}
      """
    Then the request fails with ResourceNotFoundException

  @strict
  Scenario Outline: A key that does not match the table's key schema is refused: <key>
    When I update an item in Employee with:
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
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "S3"}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

  @strict
  Scenario Outline: An update of the partition key through <how> is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, <members>}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Cannot update attribute LoginAlias. This attribute is part of the key"
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

    Examples:
      | how                                  | members                                                                   |
      | AttributeUpdates PUT                 | "AttributeUpdates": {"LoginAlias": {"Value": {"S": "mateoj"}}}            |
      | a SET of it from paths into itself   | "UpdateExpression": "set LoginAlias = LoginAlias.b + LoginAlias[1]"       |

  # The request is judged before the item is: an update of the key is refused whatever the
  # condition would find.
  Scenario: An update of the partition key is refused even when its condition would fail
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "set LoginAlias = :v", "ConditionExpression": "attribute_exists(LoginAlias)",
       "ExpressionAttributeValues": {":v": {"S": "mateoj"}}}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  @strict
  Scenario Outline: An update of the sort key through <how> is refused
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, <members>}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Cannot update attribute Subject. This attribute is part of the key"

    Examples:
      | how                                  | members                                                                                                   |
      | AttributeUpdates PUT                 | "AttributeUpdates": {"d": {"Value": {"N": "1"}}, "Subject": {"Value": {"S": "b"}}}                        |
      | an ADD into it                       | "UpdateExpression": "set d[1] = :a add Subject.b :a", "ExpressionAttributeValues": {":a": {"N": "1"}}     |

  # Operands of the wrong type in the item as it is

  @strict
  Scenario Outline: An AttributeUpdates ADD or DELETE of another type than the attribute's is refused: <update>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"SS": ["1"]}, "c": {"N": "1"}, "d": {"NS": ["1"]}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "AttributeUpdates": <update>}
      """
    Then the request fails with ValidationException
    And the error message is "Type mismatch for attribute to update"
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"SS": ["1"]}, "c": {"N": "1"}, "d": {"NS": ["1"]}}
      """

    Examples:
      | update                                              |
      | {"b": {"Action": "DELETE", "Value": {"NS": ["1"]}}}   |
      | {"b": {"Action": "DELETE", "Value": {"BS": ["YQ=="]}}} |
      | {"c": {"Action": "DELETE", "Value": {"NS": ["1"]}}}   |
      | {"b": {"Action": "ADD", "Value": {"NS": ["1"]}}}      |
      | {"d": {"Action": "ADD", "Value": {"N": "1"}}}         |

  @strict
  Scenario Outline: An update expression whose operand has the wrong type in the item is refused: <update>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"M": {"a": {"SS": ["1"]}}}, "c": {"N": "1"}, "d": {"NS": ["1"]}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<update>", "ExpressionAttributeValues": {":a": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "An operand in the update expression has an incorrect data type"
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"M": {"a": {"SS": ["1"]}}}, "c": {"N": "1"}, "d": {"NS": ["1"]}}
      """

    Examples:
      | update                                        | value          |
      | delete d :a                                   | {"SS": ["1"]}  |
      | delete b :a                                   | {"NS": ["1"]}  |
      | delete b.a :a                                 | {"NS": ["1"]}  |
      | delete b.a :a                                 | {"BS": ["YQ=="]} |
      | delete c :a                                   | {"NS": ["1"]}  |
      | add b :a                                      | {"NS": ["1"]}  |
      | add d :a                                      | {"N": "1"}     |
      | set e = LoginAlias + :a                       | {"N": "1"}     |
      | set e = b - :a                                | {"N": "1"}     |
      | set e = list_append(d, if_not_exists(f, :a))  | {"L": []}      |

  @strict
  Scenario Outline: An update that reads an attribute the item does not have is refused: <update>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<update>"}
      """
    Then the request fails with ValidationException
    And the error message is "The provided expression refers to an attribute that does not exist in the item"
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

    Examples:
      | update                       |
      | set c = b                    |
      | set e = list_append(b, c)    |

  @strict
  Scenario Outline: A path through an attribute of the wrong kind, or a missing one, is invalid for update: <update>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"S": "irenes"}, "c": {"M": {"1": {"S": "a"}}}, "d": {"L": [{"S": "a"}, {"S": "b"}]}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<update>", "ExpressionAttributeNames": {"#1": "1"}, "ExpressionAttributeValues": {":a": {"SS": ["a"]}}}
      """
    Then the request fails with ValidationException
    And the error message is "The document path provided in the update expression is invalid for update"
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"S": "irenes"}, "c": {"M": {"1": {"S": "a"}}}, "d": {"L": [{"S": "a"}, {"S": "b"}]}}
      """

    Examples:
      | update                      |
      | set c[1] = :a, #1 = :a      |
      | set d.#1 = :a               |
      | remove y.a set #1 = :a      |
      | remove y[1] set #1 = :a     |
      | remove c[1] set #1 = :a     |
      | remove d.#1 set #1 = :a     |
      | delete b.a :a set #1 = :a   |
      | delete c[1] :a set #1 = :a  |
      | delete d.#1 :a              |
      | add b[1] :a set #1 = :a     |
      | add c[1] :a set #1 = :a     |
      | add d.#1 :a                 |

  # Index keys keep their declared scalar type

  @strict
  Scenario Outline: An update that gives an index key another type is refused, naming the index: <how>
    Given I create a table Threads with:
      """
      {"AttributeDefinitions": [{"AttributeName": "ForumName", "AttributeType": "S"}, {"AttributeName": "Subject", "AttributeType": "S"},
                                {"AttributeName": "LastPost", "AttributeType": "S"}, {"AttributeName": "Author", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "Subject", "KeyType": "RANGE"}],
       "LocalSecondaryIndexes": [{"IndexName": "ByLastPost",
                                  "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "LastPost", "KeyType": "RANGE"}],
                                  "Projection": {"ProjectionType": "ALL"}}],
       "GlobalSecondaryIndexes": [{"IndexName": "ByAuthor", "KeySchema": [{"AttributeName": "Author", "KeyType": "HASH"}],
                                   "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    When I update an item in Threads with:
      """
      {"Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, <members>}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Type mismatch for Index Key <attribute> Expected: S Actual: N IndexName: <index>"
    And Threads holds no item with key:
      """
      {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}
      """

    Examples:
      | how                                | attribute | index      | members                                                                                   |
      | AttributeUpdates PUT of a number   | LastPost  | ByLastPost | "AttributeUpdates": {"Views": {"Value": {"N": "1"}}, "LastPost": {"Value": {"N": "1"}}}   |
      | an ADD of a number                 | Author    | ByAuthor   | "UpdateExpression": "add Author :a", "ExpressionAttributeValues": {":a": {"N": "1"}}      |
      | a SET of a number                  | LastPost  | ByLastPost | "UpdateExpression": "set LastPost = :a", "ExpressionAttributeValues": {":a": {"N": "1"}}  |

  @strict
  Scenario Outline: An update that looks inside an index key attribute is refused: <update>
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
    When I update an item in Threads with:
      """
      {"Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, "UpdateExpression": "<update>", "ExpressionAttributeValues": {":a": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: LastPost"

    Examples:
      | update                                   |
      | add LastPost.b :a                        |
      | set LastPost[1] = :a                     |
      | set e = :a, f = LastPost[1]              |

  @strict
  Scenario Outline: An update that reads inside an index key attribute through a function or arithmetic is refused: <update>
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
    When I update an item in Threads with:
      """
      {"Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, "UpdateExpression": "<update>"<values>}
      """
    Then the request fails with ValidationException
    And the error message is "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: LastPost"

    Examples:
      | update                                  | values                                                 |
      | set e = if_not_exists(e, LastPost.b)    |                                                        |
      | set e = list_append(LastPost[1], :l)    | , "ExpressionAttributeValues": {":l": {"L": []}}       |
      | set e = list_append(:l, LastPost[1])    | , "ExpressionAttributeValues": {":l": {"L": []}}       |
      | set e = LastPost.b + :a                 | , "ExpressionAttributeValues": {":a": {"N": "1"}}      |
      | set e = :a + LastPost.b                 | , "ExpressionAttributeValues": {":a": {"N": "1"}}      |
      | set e = LastPost.b - :a                 | , "ExpressionAttributeValues": {":a": {"N": "1"}}      |
      | set e = :a - LastPost.b                 | , "ExpressionAttributeValues": {":a": {"N": "1"}}      |

  @strict
  Scenario: A SET that copies a number into an index key is refused as an unsupported type
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
    And the item in Threads:
      """
      {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "e": {"N": "1"}}
      """
    When I update an item in Threads with:
      """
      {"Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, "UpdateExpression": "set LastPost = e"}
      """
    Then the request fails with ValidationException
    And the error message is "The update expression attempted to update the secondary index key to unsupported type"
    And Threads holds the item:
      """
      {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "e": {"N": "1"}}
      """

  Scenario: A SET that copies a string into a global index key and a number into another attribute is applied
    Given I create a table Threads with:
      """
      {"AttributeDefinitions": [{"AttributeName": "ForumName", "AttributeType": "S"}, {"AttributeName": "Subject", "AttributeType": "S"},
                                {"AttributeName": "Author", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "Subject", "KeyType": "RANGE"}],
       "GlobalSecondaryIndexes": [{"IndexName": "ByAuthor", "KeySchema": [{"AttributeName": "Author", "KeyType": "HASH"}],
                                   "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And the item in Threads:
      """
      {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "s": {"S": "Ann"}, "e": {"N": "1"}}
      """
    When I update an item in Threads with:
      """
      {"Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, "UpdateExpression": "set Author = s, Replies = e"}
      """
    Then the request succeeds
    And Threads holds the item:
      """
      {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "s": {"S": "Ann"}, "e": {"N": "1"}, "Author": {"S": "Ann"}, "Replies": {"N": "1"}}
      """

  # Limits: 400 KB and 32 levels, after the update

  @strict
  Scenario: AttributeUpdates that take a new item past 400 KB are refused
    When I call UpdateItem on Employee with "a…" written out to 409599 bytes:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}},
       "AttributeUpdates": {"b": {"Action": "PUT", "Value": {"S": "a…"}},
                            "c": {"Action": "PUT", "Value": {"N": "111111111111111111111111111111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"}}}}
      """
    Then the request fails with ValidationException
    And the error message is "Item size to update has exceeded the maximum allowed size"
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario: A SET of a string inside 31 nested maps is stored: with the item, 32 levels
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET a = :v", "ExpressionAttributeValues": {":v": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"S": "s"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "a": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"S": "s"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
      """

  Scenario: A SET of a string inside 32 nested maps is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET a = :v", "ExpressionAttributeValues": {":v": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"S": "s"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario: A SET deep inside a nested attribute may bring it to 32 levels
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "a": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"S": "s"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET a.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x = :v", "ExpressionAttributeValues": {":v": {"M": {"y": {"S": "s"}}}}}
      """
    Then the request succeeds

  Scenario: A SET deep inside a nested attribute may not bring it past 32 levels
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "a": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"S": "s"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET a.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x = :v", "ExpressionAttributeValues": {":v": {"M": {"y": {"M": {"y": {"S": "s"}}}}}}}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "a": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"M": {"x": {"S": "s"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
      """

  Scenario: A SET deep inside a nested list may not bring it past 32 levels
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "a": {"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"S": "s"}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET a[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0] = :v", "ExpressionAttributeValues": {":v": {"L": [{"L": [{"S": "s"}]}]}}}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "a": {"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"L": [{"S": "s"}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}}
      """

  # What an update returns, and what it costs

  Scenario: An update with a key and nothing else creates the item with its key alone
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}}
      """
    Then the response is:
      """
      {}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario Outline: ReturnValues <value> on an update that creates the item returns <returned>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET b = :b", "ExpressionAttributeValues": {":b": {"S": "b"}}, "ReturnValues": "<value>"}
      """
    Then the response is:
      """
      <response>
      """

    Examples:
      | value       | returned                          | response                                                          |
      | ALL_OLD     | nothing, there was no item        | {}                                                                |
      | UPDATED_OLD | nothing, there was no item        | {}                                                                |
      | ALL_NEW     | the item with its key             | {"Attributes": {"LoginAlias": {"S": "irenes"}, "b": {"S": "b"}}} |
      | UPDATED_NEW | the written attribute only        | {"Attributes": {"b": {"S": "b"}}}                                 |

  Scenario: UPDATED_NEW after a REMOVE and a SET returns only the attribute that is still there
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"S": "a"}, "c": {"S": "a"}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "AttributeUpdates": {"b": {"Action": "DELETE"}, "c": {"Value": {"S": "a"}}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the response is:
      """
      {"Attributes": {"c": {"S": "a"}}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "c": {"S": "a"}}
      """

  Scenario: UPDATED_OLD returns a replaced map whole and an added number as it was
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"M": {"a": {"S": "a"}, "b": {"L": []}}}, "c": {"N": "1"}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "AttributeUpdates": {"b": {"Value": {"M": {"a": {"S": "b"}, "b": {"L": []}}}}, "c": {"Action": "ADD", "Value": {"N": "1"}}}, "ReturnValues": "UPDATED_OLD"}
      """
    Then the response is:
      """
      {"Attributes": {"b": {"M": {"a": {"S": "a"}, "b": {"L": []}}}, "c": {"N": "1"}}}
      """

  Scenario: UPDATED_NEW of nested SETs and ADDs returns only the written paths, list elements at the positions written
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"M": {"a": {"N": "1"}, "b": {"N": "2"}, "c": {"N": "3"}}}, "c": {"L": [{"N": "1"}, {"N": "3"}]}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}},
       "UpdateExpression": "set b.c=((c[1])+(b.a)),b.a = LoginAlias,c[1] = LoginAlias, c[4] = b.a - b.b, c[2] = b.c add c[8] :b, c[6] :a",
       "ExpressionAttributeValues": {":a": {"N": "2"}, ":b": {"SS": ["a"]}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the response is:
      """
      {"Attributes": {"b": {"M": {"a": {"S": "irenes"}, "c": {"N": "4"}}}, "c": {"L": [{"S": "irenes"}, {"N": "3"}, {"N": "2"}]}}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"M": {"a": {"S": "irenes"}, "b": {"N": "2"}, "c": {"N": "4"}}},
       "c": {"L": [{"N": "1"}, {"S": "irenes"}, {"N": "3"}, {"N": "-1"}, {"N": "2"}, {"SS": ["a"]}]}}
      """

  Scenario: if_not_exists may take its default from another attribute, the key included
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "set b = if_not_exists(b, LoginAlias)", "ReturnValues": "UPDATED_NEW"}
      """
    Then the response is:
      """
      {"Attributes": {"b": {"S": "irenes"}}}
      """

  Scenario Outline: if_not_exists in its forms: <update>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "n": {"N": "5"}, "m": {"M": {"k": {"S": "old"}}}, "l": {"L": [{"S": "a"}]}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<update>", "ExpressionAttributeValues": <values>, "ReturnValues": "UPDATED_NEW"}
      """
    Then the response is:
      """
      {"Attributes": <returned>}
      """

    Examples:
      | update                                                   | values                                               | returned                                              |
      | SET n = if_not_exists(n, :zero) + :one                   | {":zero": {"N": "0"}, ":one": {"N": "1"}}            | {"n": {"N": "6"}}                                      |
      | SET c = if_not_exists(c, :zero) + :one                   | {":zero": {"N": "0"}, ":one": {"N": "1"}}            | {"c": {"N": "1"}}                                      |
      | SET c = :one - if_not_exists(n, :zero)                   | {":zero": {"N": "0"}, ":one": {"N": "1"}}            | {"c": {"N": "-4"}}                                     |
      | SET m.k = if_not_exists(m.k, :v), m.j = if_not_exists(m.j, :v) | {":v": {"S": "new"}}                           | {"m": {"M": {"k": {"S": "old"}, "j": {"S": "new"}}}}   |
      | SET c = if_not_exists(absent, m.k), d = :v               | {":v": {"S": "new"}}                                 | {"c": {"S": "old"}, "d": {"S": "new"}}                 |
      | SET l = list_append(if_not_exists(l, :empty), :more)     | {":empty": {"L": []}, ":more": {"L": [{"S": "b"}]}}  | {"l": {"L": [{"S": "a"}, {"S": "b"}]}}                  |
      | SET c = list_append(:more, if_not_exists(c, :empty))     | {":empty": {"L": []}, ":more": {"L": [{"S": "b"}]}}  | {"c": {"L": [{"S": "b"}]}}                              |

  Scenario Outline: On an item that does not exist, <how> does nothing for a removal or a set subtraction and creates what it adds
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "UPDATED_NEW", <members>}
      """
    Then the response is:
      """
      {"Attributes": {"d": {"N": "5"}, "e": {"SS": ["a", "b"]}, "f": {"L": [{"S": "a"}, {"N": "1"}]}}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "d": {"N": "5"}, "e": {"SS": ["a", "b"]}, "f": {"L": [{"S": "a"}, {"N": "1"}]}}
      """

    Examples:
      | how                   | members |
      | AttributeUpdates      | "AttributeUpdates": {"b": {"Action": "DELETE"}, "c": {"Action": "DELETE", "Value": {"SS": ["a", "b"]}}, "d": {"Action": "ADD", "Value": {"N": "5"}}, "e": {"Action": "ADD", "Value": {"SS": ["a", "b"]}}, "f": {"Action": "ADD", "Value": {"L": [{"S": "a"}, {"N": "1"}]}}} |
      | an update expression  | "UpdateExpression": "REMOVE b DELETE c :c ADD d :d, e :e SET f = :f", "ExpressionAttributeValues": {":c": {"SS": ["a", "b"]}, ":d": {"N": "5"}, ":e": {"SS": ["a", "b"]}, ":f": {"L": [{"S": "a"}, {"N": "1"}]}} |
      | names for every path  | "UpdateExpression": "ADD #e :e,#d :d DELETE #c :c REMOVE #b SET #f = :f", "ExpressionAttributeValues": {":c": {"SS": ["a", "b"]}, ":d": {"N": "5"}, ":e": {"SS": ["a", "b"]}, ":f": {"L": [{"S": "a"}, {"N": "1"}]}}, "ExpressionAttributeNames": {"#b": "b", "#c": "c", "#d": "d", "#e": "e", "#f": "f"} |

  Scenario: An AttributeUpdates ADD of a list appends its elements to the list
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"L": [{"S": "a"}, {"N": "1"}]}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "AttributeUpdates": {"b": {"Action": "ADD", "Value": {"L": [{"S": "b"}, {"N": "2"}]}}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the response is:
      """
      {"Attributes": {"b": {"L": [{"S": "a"}, {"N": "1"}, {"S": "b"}, {"N": "2"}]}}}
      """

  Scenario Outline: An AttributeUpdates ADD of a <type> set keeps each element once
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"<type>": <before>}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "AttributeUpdates": {"b": {"Action": "ADD", "Value": {"<type>": <added>}}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the response is:
      """
      {"Attributes": {"b": {"<type>": <after>}}}
      """

    Examples:
      | type | before             | added                   | after                             |
      | SS   | ["a", "b"]         | ["b", "c", "d"]         | ["a", "b", "c", "d"]              |
      | NS   | ["1", "2"]         | ["2", "3", "4"]         | ["1", "2", "3", "4"]              |
      | BS   | ["AQI=", "Ag=="]   | ["Ag==", "AQ=="]        | ["AQI=", "Ag==", "AQ=="]          |

  Scenario: An AttributeUpdates DELETE of some elements leaves the rest; of the others, removes the set
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"NS": ["1", "2", "3"]}, "c": {"S": "a"}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "AttributeUpdates": {"b": {"Action": "DELETE", "Value": {"NS": ["1", "4"]}}, "c": {"Value": {"S": "a"}}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the response is:
      """
      {"Attributes": {"b": {"NS": ["2", "3"]}, "c": {"S": "a"}}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "AttributeUpdates": {"b": {"Action": "DELETE", "Value": {"NS": ["2", "3"]}}, "c": {"Value": {"S": "a"}}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the response is:
      """
      {"Attributes": {"c": {"S": "a"}}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "c": {"S": "a"}}
      """

  Scenario Outline: A condition on a boolean that holds lets the update through: <how>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "active": {"BOOL": false}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "UPDATED_NEW", <members>}
      """
    Then the response is:
      """
      {"Attributes": {"active": {"BOOL": true}}}
      """

    Examples:
      | how                     | members |
      | Expected and PUT        | "Expected": {"active": {"Value": {"BOOL": false}, "Exists": true}}, "AttributeUpdates": {"active": {"Action": "PUT", "Value": {"BOOL": true}}} |
      | expressions             | "ConditionExpression": "active = :a", "UpdateExpression": "SET active = :b", "ExpressionAttributeValues": {":a": {"BOOL": false}, ":b": {"BOOL": true}} |
      | expressions with names  | "ConditionExpression": "#a = :a", "UpdateExpression": "SET #b = :b", "ExpressionAttributeNames": {"#a": "active", "#b": "active"}, "ExpressionAttributeValues": {":a": {"BOOL": false}, ":b": {"BOOL": true}} |

  Scenario Outline: A condition that needs the item fails on a key that holds none: <how>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, <condition>}
      """
    Then the request fails with ConditionalCheckFailedException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "nobody"}}
      """

    Examples:
      | how                     | condition                                                                                                                                |
      | Expected a Value        | "Expected": {"LoginAlias": {"Value": {"S": "nobody"}}}                                                                                   |
      | Expected NOT_NULL       | "Expected": {"LoginAlias": {"ComparisonOperator": "NOT_NULL"}}                                                                           |
      | an equality             | "ConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "nobody"}}                                           |
      | attribute_exists        | "ConditionExpression": "attribute_exists(LoginAlias)"                                                                                    |
      | attribute_exists, named | "ConditionExpression": "attribute_exists(#a)", "ExpressionAttributeNames": {"#a": "LoginAlias"}                                         |

  Scenario: ReturnValuesOnConditionCheckFailure ALL_OLD on a failed update of an item that does not exist returns no item
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, "UpdateExpression": "SET b = :b", "ConditionExpression": "attribute_exists(b)",
       "ExpressionAttributeValues": {":b": {"S": "b"}}, "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}
      """
    Then the request fails with ConditionalCheckFailedException
    And the response has no Item

  Scenario Outline: An update that creates an item of <bytes> bytes costs <units> write units, reported by table with INDEXES
    When I call UpdateItem on Employee with "b…" written out to <value bytes> bytes:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET b = :b", "ExpressionAttributeValues": {":b": {"S": "b…"}}, "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Employee", "CapacityUnits": <units>, "Table": {"CapacityUnits": <units>}}
      """

    Examples:
      | bytes | value bytes | units |
      | 1024  | 1007        | 1.0   |
      | 1025  | 1008        | 2.0   |

  Scenario Outline: An update that grows an item of <before> bytes to <after> bytes costs <units> write units
    Given the item in Employee, padded to <before> bytes with "b" in attribute "b":
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET x = :x", "ExpressionAttributeValues": {":x": {"S": ""}}, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Employee", "CapacityUnits": <units>}
      """

    Examples:
      | before | after | units |
      | 1023   | 1024  | 1.0   |
      | 1024   | 1025  | 2.0   |

  Scenario Outline: ReturnConsumedCapacity NONE<and> returns nothing but what ReturnValues asks
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET b = :b", "ExpressionAttributeValues": {":b": {"S": "b"}}, "ReturnConsumedCapacity": "NONE"<members>}
      """
    Then the response is:
      """
      <response>
      """

    Examples:
      | and                                          | members                                       | response                          |
      |                                              |                                               | {}                                |
      | , with ReturnItemCollectionMetrics NONE      | , "ReturnItemCollectionMetrics": "NONE"       | {}                                |
      | , with ReturnValues UPDATED_NEW              | , "ReturnValues": "UPDATED_NEW"               | {"Attributes": {"b": {"S": "b"}}} |

  Scenario: ReturnItemCollectionMetrics SIZE on a table without a local secondary index returns no metrics
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET b = :b", "ExpressionAttributeValues": {":b": {"S": "b"}}, "ReturnItemCollectionMetrics": "SIZE"}
      """
    Then the request succeeds
    And the response has no ItemCollectionMetrics

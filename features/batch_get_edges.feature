# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html (RequestItems "Map Entries: Maximum number of 100 items", Keys "Array Members: Minimum number of 1 item. Maximum number of 100 items"; "A single operation can retrieve up to 16 MB of data, which can contain as many as 100 items"; "If you request more than 100 items, BatchGetItem returns a ValidationException with the message \"Too many items requested for the BatchGetItem call.\""; errors ResourceNotFoundException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeysAndAttributes.html (Keys, AttributesToGet, ProjectionExpression, ExpressionAttributeNames) and API_AttributeValue.html (one type per value; sets non-empty and without duplicates)
# Record: dynalite's test suite, which records live DynamoDB's answers (batchGetItem validations: missing and empty RequestItems, legacy and expression parameters mixed, placeholder maps and projections, bad key values, which of two problems is reported first, a missing table before a bad key, keys that do not match the schema, no, an empty or a 101-long Keys list, a table name of one character, exactly 100 keys of a missing table; the exact messages of the @strict scenarios; and, from getItem's, "Value provided in ExpressionAttributeNames unused in expressions": a name placeholder given must be used, which KeysAndAttributes' ExpressionAttributeNames shares with GetItem's)
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@batch_get_edges
Feature: BatchGetItem at the edges of its rules: what a batch read may hold
  A batch read is refused whole, before any item is read, when it breaks a rule of its shape,
  when a table's entry mixes the expression parameters with the legacy ones, when a key holds a
  value that is no valid value, or when a key does not match its table's key schema. A table that
  does not exist is reported before the keys are matched to a schema. Bodies are sent as
  written, so that no SDK's own checks stand in front of the rule.

  Background:
    Given a table Employee keyed by LoginAlias
    And a table Thread keyed by ForumName and sorted by Subject

  Scenario Outline: A batch read with <case> is refused
    When I send BatchGetItem with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | case | body |
      | no RequestItems | {} |
      | an empty RequestItems | {"RequestItems": {}} |
      | expression and legacy parameters together | {"RequestItems": {"abc": {"Keys": [{}], "AttributesToGet": ["a"], "ExpressionAttributeNames": {}, "ProjectionExpression": ""}}} |
      | ExpressionAttributeNames without a ProjectionExpression | {"RequestItems": {"abc": {"Keys": [{}], "AttributesToGet": ["a"], "ExpressionAttributeNames": {}}}} |
      | an empty ExpressionAttributeNames | {"RequestItems": {"abc": {"Keys": [{}], "ExpressionAttributeNames": {}, "ProjectionExpression": ""}}} |
      | a name placeholder without # | {"RequestItems": {"abc": {"Keys": [{}], "ExpressionAttributeNames": {"a": "a"}, "ProjectionExpression": ""}}} |
      | an empty ProjectionExpression | {"RequestItems": {"abc": {"Keys": [{}], "ProjectionExpression": ""}}} |
      | a name twice in AttributesToGet beside an empty key | {"RequestItems": {"abc": {"Keys": [{}], "AttributesToGet": ["a", "a"]}}} |
      | a value of two types in a key | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "a", "N": "1"}}]}}} |
      | an empty ExpressionAttributeNames beside a key named twice | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "x"}, "b": {"N": "1"}}, {"b": {"N": "1"}, "a": {"S": "x"}}, {"a": {"S": "x"}, "b": {"N": "1"}}], "ExpressionAttributeNames": {}, "ProjectionExpression": ""}}} |
      | an empty ProjectionExpression beside a key named twice | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "x"}, "b": {"N": "1"}}, {"b": {"N": "1"}, "a": {"S": "x"}}, {"a": {"S": "x"}, "b": {"N": "1"}}], "ProjectionExpression": ""}}} |
      | a key named twice, in either order of its attributes | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "x"}, "b": {"N": "1"}}, {"b": {"N": "1"}, "a": {"S": "x"}}, {"a": {"S": "x"}, "b": {"N": "1"}}]}}} |
      | a name twice in AttributesToGet beside a key named twice | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "x"}}, {"a": {"S": "y"}}, {"a": {"S": "x"}}], "AttributesToGet": ["a", "a"]}}} |
      | the key value {} | {"RequestItems": {"abc": {"Keys": [{"a": {}}]}}} |
      | the key value {"M": {"a": {}}} | {"RequestItems": {"abc": {"Keys": [{"a": {"M": {"a": {}}}}]}}} |
      | the key value {"L": [{}]} | {"RequestItems": {"abc": {"Keys": [{"a": {"L": [{}]}}]}}} |
      | the key value {"L": [{"a": {}}]} | {"RequestItems": {"abc": {"Keys": [{"a": {"L": [{"a": {}}]}}]}}} |
      | the key value {"SS": []} | {"RequestItems": {"abc": {"Keys": [{"a": {"SS": []}}]}}} |
      | the key value {"NS": []} | {"RequestItems": {"abc": {"Keys": [{"a": {"NS": []}}]}}} |
      | the key value {"BS": []} | {"RequestItems": {"abc": {"Keys": [{"a": {"BS": []}}]}}} |
      | the key value {"SS": ["a", "a"]} | {"RequestItems": {"abc": {"Keys": [{"a": {"SS": ["a", "a"]}}]}}} |
      | the key value {"BS": ["Yg==", "Yg=="]} | {"RequestItems": {"abc": {"Keys": [{"a": {"BS": ["Yg==", "Yg=="]}}]}}} |
      | the key value {"S": "", "N": ""} | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "", "N": ""}}]}}} |
      | the key value {"S": "a", "N": ""} | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "a", "N": ""}}]}}} |
      | the key value {"S": "a", "N": "b"} | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "a", "N": "b"}}]}}} |
      | the key value {"NS": ["1", ""]} | {"RequestItems": {"abc": {"Keys": [{"a": {"NS": ["1", ""]}}]}}} |
      | the key value {"NS": ["1", "b"]} | {"RequestItems": {"abc": {"Keys": [{"a": {"NS": ["1", "b"]}}]}}} |
      | the key value {"NS": ["1", "1"]} | {"RequestItems": {"abc": {"Keys": [{"a": {"NS": ["1", "1"]}}]}}} |
      | the key value {"N": "123456789012345678901234567890123456789"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "123456789012345678901234567890123456789"}}]}}} |
      | the key value {"N": "-1.23456789012345678901234567890123456789"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "-1.23456789012345678901234567890123456789"}}]}}} |
      | the key value {"N": "1e126"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "1e126"}}]}}} |
      | the key value {"N": "-1e126"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "-1e126"}}]}}} |
      | the key value {"N": "1e-131"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "1e-131"}}]}}} |
      | the key value {"N": "-1e-131"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "-1e-131"}}]}}} |

  @strict
  Scenario Outline: A batch read with <case> is refused with DynamoDB's message
    When I send BatchGetItem with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | case | body | message |
      | no RequestItems | {} | 1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must not be null |
      | an empty RequestItems | {"RequestItems": {}} | 1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1 |
      | expression and legacy parameters together | {"RequestItems": {"abc": {"Keys": [{}], "AttributesToGet": ["a"], "ExpressionAttributeNames": {}, "ProjectionExpression": ""}}} | Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression} |
      | ExpressionAttributeNames without a ProjectionExpression | {"RequestItems": {"abc": {"Keys": [{}], "AttributesToGet": ["a"], "ExpressionAttributeNames": {}}}} | ExpressionAttributeNames can only be specified when using expressions |
      | an empty ExpressionAttributeNames | {"RequestItems": {"abc": {"Keys": [{}], "ExpressionAttributeNames": {}, "ProjectionExpression": ""}}} | ExpressionAttributeNames must not be empty |
      | a name placeholder without # | {"RequestItems": {"abc": {"Keys": [{}], "ExpressionAttributeNames": {"a": "a"}, "ProjectionExpression": ""}}} | ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\" |
      | an empty ProjectionExpression | {"RequestItems": {"abc": {"Keys": [{}], "ProjectionExpression": ""}}} | Invalid ProjectionExpression: The expression can not be empty; |
      | a name twice in AttributesToGet beside an empty key | {"RequestItems": {"abc": {"Keys": [{}], "AttributesToGet": ["a", "a"]}}} | One or more parameter values were invalid: Duplicate value in attribute name: a |
      | a value of two types in a key | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "a", "N": "1"}}]}}} | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |
      | an empty ExpressionAttributeNames beside a key named twice | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "x"}, "b": {"N": "1"}}, {"b": {"N": "1"}, "a": {"S": "x"}}, {"a": {"S": "x"}, "b": {"N": "1"}}], "ExpressionAttributeNames": {}, "ProjectionExpression": ""}}} | ExpressionAttributeNames must not be empty |
      | an empty ProjectionExpression beside a key named twice | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "x"}, "b": {"N": "1"}}, {"b": {"N": "1"}, "a": {"S": "x"}}, {"a": {"S": "x"}, "b": {"N": "1"}}], "ProjectionExpression": ""}}} | Invalid ProjectionExpression: The expression can not be empty; |
      | a key named twice, in either order of its attributes | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "x"}, "b": {"N": "1"}}, {"b": {"N": "1"}, "a": {"S": "x"}}, {"a": {"S": "x"}, "b": {"N": "1"}}]}}} | Provided list of item keys contains duplicates |
      | a name twice in AttributesToGet beside a key named twice | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "x"}}, {"a": {"S": "y"}}, {"a": {"S": "x"}}], "AttributesToGet": ["a", "a"]}}} | One or more parameter values were invalid: Duplicate value in attribute name: a |
      | the key value {} | {"RequestItems": {"abc": {"Keys": [{"a": {}}]}}} | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | the key value {"M": {"a": {}}} | {"RequestItems": {"abc": {"Keys": [{"a": {"M": {"a": {}}}}]}}} | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | the key value {"L": [{}]} | {"RequestItems": {"abc": {"Keys": [{"a": {"L": [{}]}}]}}} | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | the key value {"L": [{"a": {}}]} | {"RequestItems": {"abc": {"Keys": [{"a": {"L": [{"a": {}}]}}]}}} | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | the key value {"SS": []} | {"RequestItems": {"abc": {"Keys": [{"a": {"SS": []}}]}}} | One or more parameter values were invalid: An string set  may not be empty |
      | the key value {"NS": []} | {"RequestItems": {"abc": {"Keys": [{"a": {"NS": []}}]}}} | One or more parameter values were invalid: An number set  may not be empty |
      | the key value {"BS": []} | {"RequestItems": {"abc": {"Keys": [{"a": {"BS": []}}]}}} | One or more parameter values were invalid: Binary sets should not be empty |
      | the key value {"SS": ["a", "a"]} | {"RequestItems": {"abc": {"Keys": [{"a": {"SS": ["a", "a"]}}]}}} | One or more parameter values were invalid: Input collection [a, a] contains duplicates. |
      | the key value {"BS": ["Yg==", "Yg=="]} | {"RequestItems": {"abc": {"Keys": [{"a": {"BS": ["Yg==", "Yg=="]}}]}}} | One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates. |
      | the key value {"S": "", "N": ""} | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "", "N": ""}}]}}} | The parameter cannot be converted to a numeric value |
      | the key value {"S": "a", "N": ""} | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "a", "N": ""}}]}}} | The parameter cannot be converted to a numeric value |
      | the key value {"S": "a", "N": "b"} | {"RequestItems": {"abc": {"Keys": [{"a": {"S": "a", "N": "b"}}]}}} | The parameter cannot be converted to a numeric value: b |
      | the key value {"NS": ["1", ""]} | {"RequestItems": {"abc": {"Keys": [{"a": {"NS": ["1", ""]}}]}}} | The parameter cannot be converted to a numeric value |
      | the key value {"NS": ["1", "b"]} | {"RequestItems": {"abc": {"Keys": [{"a": {"NS": ["1", "b"]}}]}}} | The parameter cannot be converted to a numeric value: b |
      | the key value {"NS": ["1", "1"]} | {"RequestItems": {"abc": {"Keys": [{"a": {"NS": ["1", "1"]}}]}}} | Input collection contains duplicates |
      | the key value {"N": "123456789012345678901234567890123456789"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "123456789012345678901234567890123456789"}}]}}} | Attempting to store more than 38 significant digits in a Number |
      | the key value {"N": "-1.23456789012345678901234567890123456789"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "-1.23456789012345678901234567890123456789"}}]}}} | Attempting to store more than 38 significant digits in a Number |
      | the key value {"N": "1e126"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "1e126"}}]}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | the key value {"N": "-1e126"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "-1e126"}}]}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | the key value {"N": "1e-131"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "1e-131"}}]}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | the key value {"N": "-1e-131"} | {"RequestItems": {"abc": {"Keys": [{"a": {"N": "-1e-131"}}]}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |

  @strict
  Scenario: A request without RequestItems lists every problem it has
    When I send BatchGetItem with the raw body:
      """
      {"ReturnConsumedCapacity": "hi", "ReturnItemCollectionMetrics": "hi"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]
      Value null at 'requestItems' failed to satisfy constraint: Member must not be null
      """

  Scenario: A hundred keys of a table that does not exist are reported as the missing table
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"Nonexistent-batch-get": {"Keys": [{"a": {"S": "0"}}, {"a": {"S": "1"}}, {"a": {"S": "2"}}, {"a": {"S": "3"}}, {"a": {"S": "4"}}, {"a": {"S": "5"}}, {"a": {"S": "6"}}, {"a": {"S": "7"}}, {"a": {"S": "8"}}, {"a": {"S": "9"}}, {"a": {"S": "10"}}, {"a": {"S": "11"}}, {"a": {"S": "12"}}, {"a": {"S": "13"}}, {"a": {"S": "14"}}, {"a": {"S": "15"}}, {"a": {"S": "16"}}, {"a": {"S": "17"}}, {"a": {"S": "18"}}, {"a": {"S": "19"}}, {"a": {"S": "20"}}, {"a": {"S": "21"}}, {"a": {"S": "22"}}, {"a": {"S": "23"}}, {"a": {"S": "24"}}, {"a": {"S": "25"}}, {"a": {"S": "26"}}, {"a": {"S": "27"}}, {"a": {"S": "28"}}, {"a": {"S": "29"}}, {"a": {"S": "30"}}, {"a": {"S": "31"}}, {"a": {"S": "32"}}, {"a": {"S": "33"}}, {"a": {"S": "34"}}, {"a": {"S": "35"}}, {"a": {"S": "36"}}, {"a": {"S": "37"}}, {"a": {"S": "38"}}, {"a": {"S": "39"}}, {"a": {"S": "40"}}, {"a": {"S": "41"}}, {"a": {"S": "42"}}, {"a": {"S": "43"}}, {"a": {"S": "44"}}, {"a": {"S": "45"}}, {"a": {"S": "46"}}, {"a": {"S": "47"}}, {"a": {"S": "48"}}, {"a": {"S": "49"}}, {"a": {"S": "50"}}, {"a": {"S": "51"}}, {"a": {"S": "52"}}, {"a": {"S": "53"}}, {"a": {"S": "54"}}, {"a": {"S": "55"}}, {"a": {"S": "56"}}, {"a": {"S": "57"}}, {"a": {"S": "58"}}, {"a": {"S": "59"}}, {"a": {"S": "60"}}, {"a": {"S": "61"}}, {"a": {"S": "62"}}, {"a": {"S": "63"}}, {"a": {"S": "64"}}, {"a": {"S": "65"}}, {"a": {"S": "66"}}, {"a": {"S": "67"}}, {"a": {"S": "68"}}, {"a": {"S": "69"}}, {"a": {"S": "70"}}, {"a": {"S": "71"}}, {"a": {"S": "72"}}, {"a": {"S": "73"}}, {"a": {"S": "74"}}, {"a": {"S": "75"}}, {"a": {"S": "76"}}, {"a": {"S": "77"}}, {"a": {"S": "78"}}, {"a": {"S": "79"}}, {"a": {"S": "80"}}, {"a": {"S": "81"}}, {"a": {"S": "82"}}, {"a": {"S": "83"}}, {"a": {"S": "84"}}, {"a": {"S": "85"}}, {"a": {"S": "86"}}, {"a": {"S": "87"}}, {"a": {"S": "88"}}, {"a": {"S": "89"}}, {"a": {"S": "90"}}, {"a": {"S": "91"}}, {"a": {"S": "92"}}, {"a": {"S": "93"}}, {"a": {"S": "94"}}, {"a": {"S": "95"}}, {"a": {"S": "96"}}, {"a": {"S": "97"}}, {"a": {"S": "98"}}, {"a": {"S": "99"}}]}}}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: An empty key of a table that does not exist is reported as the missing table
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"Nonexistent-batch-get": {"Keys": [{}]}}}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: A table's ExpressionAttributeNames with a name its ProjectionExpression does not use is refused
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Employee}": {"Keys": [{"LoginAlias": {"S": "irenes"}}], "ProjectionExpression": "#f",
                                        "ExpressionAttributeNames": {"#f": "FirstName", "#l": "LastName"}}}}
      """
    Then the request fails with ValidationException

  Scenario Outline: A key that does not match the table's key schema is refused: <key>
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Employee}": {"Keys": [<key>]}}}
      """
    Then the request fails with ValidationException

    Examples:
      | key |
      | {} |
      | {"b": {"S": "a"}} |
      | {"LoginAlias": {"S": "a"}, "b": {"S": "a"}} |
      | {"LoginAlias": {"B": "abcd"}} |
      | {"LoginAlias": {"N": "1"}} |
      | {"LoginAlias": {"BOOL": true}} |
      | {"LoginAlias": {"NULL": true}} |
      | {"LoginAlias": {"SS": ["a"]}} |
      | {"LoginAlias": {"NS": ["1"]}} |
      | {"LoginAlias": {"BS": ["aaaa"]}} |
      | {"LoginAlias": {"M": {}}} |
      | {"LoginAlias": {"L": []}} |

  @strict
  Scenario Outline: A key that does not match the table's key schema is refused with DynamoDB's message: <key>
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Employee}": {"Keys": [<key>]}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

    Examples:
      | key |
      | {} |
      | {"b": {"S": "a"}} |
      | {"LoginAlias": {"S": "a"}, "b": {"S": "a"}} |
      | {"LoginAlias": {"B": "abcd"}} |
      | {"LoginAlias": {"N": "1"}} |
      | {"LoginAlias": {"BOOL": true}} |
      | {"LoginAlias": {"NULL": true}} |
      | {"LoginAlias": {"SS": ["a"]}} |
      | {"LoginAlias": {"NS": ["1"]}} |
      | {"LoginAlias": {"BS": ["aaaa"]}} |
      | {"LoginAlias": {"M": {}}} |
      | {"LoginAlias": {"L": []}} |

  Scenario: A batch read with a key without the table's sort key is refused
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Thread}": {"Keys": [{"ForumName": {"S": "a"}}]}}}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: A batch read with a key without the table's sort key is refused with DynamoDB's message
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Thread}": {"Keys": [{"ForumName": {"S": "a"}}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

  Scenario: A batch read with a partition key of 2049 bytes is refused
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Employee}": {"Keys": [{"LoginAlias": {"S": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}}]}}}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: A batch read with a partition key of 2049 bytes is refused with DynamoDB's message
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Employee}": {"Keys": [{"LoginAlias": {"S": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes"

  Scenario: A batch read with a sort key of 1025 bytes is refused
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Thread}": {"Keys": [{"ForumName": {"S": "a"}, "Subject": {"S": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}}]}}}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: A batch read with a sort key of 1025 bytes is refused with DynamoDB's message
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"${Thread}": {"Keys": [{"ForumName": {"S": "a"}, "Subject": {"S": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes"

  Scenario Outline: Only the requested attributes of the items that exist come back, an item with none of them as an empty item: <how>
    Given the items in Employee:
      """
      [{"LoginAlias": {"S": "i1"}, "b": {"N": "1"}, "c": {"S": "c"}}, {"LoginAlias": {"S": "i2"}, "b": {"N": "1"}}, {"LoginAlias": {"S": "i3"}, "b": {"N": "3"}}, {"LoginAlias": {"S": "i4"}}]
      """
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": <entry>}}
      """
    Then the items returned from Employee are, in any order:
      """
      [{"b": {"N": "1"}, "c": {"S": "c"}}, {"b": {"N": "3"}}, {}]
      """

    Examples:
      | how | entry |
      | AttributesToGet | {"Keys": [{"LoginAlias": {"S": "i1"}}, {"LoginAlias": {"S": "nobody"}}, {"LoginAlias": {"S": "i3"}}, {"LoginAlias": {"S": "nobody-else"}}, {"LoginAlias": {"S": "i4"}}], "ConsistentRead": true, "AttributesToGet": ["b", "c"]} |
      | ProjectionExpression | {"Keys": [{"LoginAlias": {"S": "i1"}}, {"LoginAlias": {"S": "nobody"}}, {"LoginAlias": {"S": "i3"}}, {"LoginAlias": {"S": "nobody-else"}}, {"LoginAlias": {"S": "i4"}}], "ConsistentRead": true, "ProjectionExpression": "b, c"} |
      | ProjectionExpression with names | {"Keys": [{"LoginAlias": {"S": "i1"}}, {"LoginAlias": {"S": "nobody"}}, {"LoginAlias": {"S": "i3"}}, {"LoginAlias": {"S": "nobody-else"}}, {"LoginAlias": {"S": "i4"}}], "ConsistentRead": true, "ProjectionExpression": "#b, #c", "ExpressionAttributeNames": {"#b": "b", "#c": "c"}} |

  @strict
  Scenario: A table given an empty Keys list is refused for the list's length, in DynamoDB's words
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"abc": {"Keys": []}}}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value '[]' at 'requestItems.abc.member.keys' failed to satisfy constraint: Member must have length greater than or equal to 1"

  # DynamoDB prints the whole Keys list in this message, in its own rendering: matched as dynalite's tests match it.
  @strict
  Scenario: 101 keys of one table are refused for the list's length, in DynamoDB's words
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"abc": {"Keys": [{"a": {"S": "0"}}, {"a": {"S": "1"}}, {"a": {"S": "2"}}, {"a": {"S": "3"}}, {"a": {"S": "4"}}, {"a": {"S": "5"}}, {"a": {"S": "6"}}, {"a": {"S": "7"}}, {"a": {"S": "8"}}, {"a": {"S": "9"}}, {"a": {"S": "10"}}, {"a": {"S": "11"}}, {"a": {"S": "12"}}, {"a": {"S": "13"}}, {"a": {"S": "14"}}, {"a": {"S": "15"}}, {"a": {"S": "16"}}, {"a": {"S": "17"}}, {"a": {"S": "18"}}, {"a": {"S": "19"}}, {"a": {"S": "20"}}, {"a": {"S": "21"}}, {"a": {"S": "22"}}, {"a": {"S": "23"}}, {"a": {"S": "24"}}, {"a": {"S": "25"}}, {"a": {"S": "26"}}, {"a": {"S": "27"}}, {"a": {"S": "28"}}, {"a": {"S": "29"}}, {"a": {"S": "30"}}, {"a": {"S": "31"}}, {"a": {"S": "32"}}, {"a": {"S": "33"}}, {"a": {"S": "34"}}, {"a": {"S": "35"}}, {"a": {"S": "36"}}, {"a": {"S": "37"}}, {"a": {"S": "38"}}, {"a": {"S": "39"}}, {"a": {"S": "40"}}, {"a": {"S": "41"}}, {"a": {"S": "42"}}, {"a": {"S": "43"}}, {"a": {"S": "44"}}, {"a": {"S": "45"}}, {"a": {"S": "46"}}, {"a": {"S": "47"}}, {"a": {"S": "48"}}, {"a": {"S": "49"}}, {"a": {"S": "50"}}, {"a": {"S": "51"}}, {"a": {"S": "52"}}, {"a": {"S": "53"}}, {"a": {"S": "54"}}, {"a": {"S": "55"}}, {"a": {"S": "56"}}, {"a": {"S": "57"}}, {"a": {"S": "58"}}, {"a": {"S": "59"}}, {"a": {"S": "60"}}, {"a": {"S": "61"}}, {"a": {"S": "62"}}, {"a": {"S": "63"}}, {"a": {"S": "64"}}, {"a": {"S": "65"}}, {"a": {"S": "66"}}, {"a": {"S": "67"}}, {"a": {"S": "68"}}, {"a": {"S": "69"}}, {"a": {"S": "70"}}, {"a": {"S": "71"}}, {"a": {"S": "72"}}, {"a": {"S": "73"}}, {"a": {"S": "74"}}, {"a": {"S": "75"}}, {"a": {"S": "76"}}, {"a": {"S": "77"}}, {"a": {"S": "78"}}, {"a": {"S": "79"}}, {"a": {"S": "80"}}, {"a": {"S": "81"}}, {"a": {"S": "82"}}, {"a": {"S": "83"}}, {"a": {"S": "84"}}, {"a": {"S": "85"}}, {"a": {"S": "86"}}, {"a": {"S": "87"}}, {"a": {"S": "88"}}, {"a": {"S": "89"}}, {"a": {"S": "90"}}, {"a": {"S": "91"}}, {"a": {"S": "92"}}, {"a": {"S": "93"}}, {"a": {"S": "94"}}, {"a": {"S": "95"}}, {"a": {"S": "96"}}, {"a": {"S": "97"}}, {"a": {"S": "98"}}, {"a": {"S": "99"}}, {"a": {"S": "100"}}]}}}
      """
    Then the request fails with ValidationException
    And the error message matches:
      """
      1 validation error detected: Value '\[.+\]' at 'requestItems.abc.member.keys' failed to satisfy constraint: Member must have length less than or equal to 100
      """

  Scenario: A hundred tables in one batch read are within the limit: the missing tables are reported
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"missing-000": {"Keys": [{"a": {"S": "a"}}]}, "missing-001": {"Keys": [{"a": {"S": "a"}}]}, "missing-002": {"Keys": [{"a": {"S": "a"}}]}, "missing-003": {"Keys": [{"a": {"S": "a"}}]}, "missing-004": {"Keys": [{"a": {"S": "a"}}]}, "missing-005": {"Keys": [{"a": {"S": "a"}}]}, "missing-006": {"Keys": [{"a": {"S": "a"}}]}, "missing-007": {"Keys": [{"a": {"S": "a"}}]}, "missing-008": {"Keys": [{"a": {"S": "a"}}]}, "missing-009": {"Keys": [{"a": {"S": "a"}}]}, "missing-010": {"Keys": [{"a": {"S": "a"}}]}, "missing-011": {"Keys": [{"a": {"S": "a"}}]}, "missing-012": {"Keys": [{"a": {"S": "a"}}]}, "missing-013": {"Keys": [{"a": {"S": "a"}}]}, "missing-014": {"Keys": [{"a": {"S": "a"}}]}, "missing-015": {"Keys": [{"a": {"S": "a"}}]}, "missing-016": {"Keys": [{"a": {"S": "a"}}]}, "missing-017": {"Keys": [{"a": {"S": "a"}}]}, "missing-018": {"Keys": [{"a": {"S": "a"}}]}, "missing-019": {"Keys": [{"a": {"S": "a"}}]}, "missing-020": {"Keys": [{"a": {"S": "a"}}]}, "missing-021": {"Keys": [{"a": {"S": "a"}}]}, "missing-022": {"Keys": [{"a": {"S": "a"}}]}, "missing-023": {"Keys": [{"a": {"S": "a"}}]}, "missing-024": {"Keys": [{"a": {"S": "a"}}]}, "missing-025": {"Keys": [{"a": {"S": "a"}}]}, "missing-026": {"Keys": [{"a": {"S": "a"}}]}, "missing-027": {"Keys": [{"a": {"S": "a"}}]}, "missing-028": {"Keys": [{"a": {"S": "a"}}]}, "missing-029": {"Keys": [{"a": {"S": "a"}}]}, "missing-030": {"Keys": [{"a": {"S": "a"}}]}, "missing-031": {"Keys": [{"a": {"S": "a"}}]}, "missing-032": {"Keys": [{"a": {"S": "a"}}]}, "missing-033": {"Keys": [{"a": {"S": "a"}}]}, "missing-034": {"Keys": [{"a": {"S": "a"}}]}, "missing-035": {"Keys": [{"a": {"S": "a"}}]}, "missing-036": {"Keys": [{"a": {"S": "a"}}]}, "missing-037": {"Keys": [{"a": {"S": "a"}}]}, "missing-038": {"Keys": [{"a": {"S": "a"}}]}, "missing-039": {"Keys": [{"a": {"S": "a"}}]}, "missing-040": {"Keys": [{"a": {"S": "a"}}]}, "missing-041": {"Keys": [{"a": {"S": "a"}}]}, "missing-042": {"Keys": [{"a": {"S": "a"}}]}, "missing-043": {"Keys": [{"a": {"S": "a"}}]}, "missing-044": {"Keys": [{"a": {"S": "a"}}]}, "missing-045": {"Keys": [{"a": {"S": "a"}}]}, "missing-046": {"Keys": [{"a": {"S": "a"}}]}, "missing-047": {"Keys": [{"a": {"S": "a"}}]}, "missing-048": {"Keys": [{"a": {"S": "a"}}]}, "missing-049": {"Keys": [{"a": {"S": "a"}}]}, "missing-050": {"Keys": [{"a": {"S": "a"}}]}, "missing-051": {"Keys": [{"a": {"S": "a"}}]}, "missing-052": {"Keys": [{"a": {"S": "a"}}]}, "missing-053": {"Keys": [{"a": {"S": "a"}}]}, "missing-054": {"Keys": [{"a": {"S": "a"}}]}, "missing-055": {"Keys": [{"a": {"S": "a"}}]}, "missing-056": {"Keys": [{"a": {"S": "a"}}]}, "missing-057": {"Keys": [{"a": {"S": "a"}}]}, "missing-058": {"Keys": [{"a": {"S": "a"}}]}, "missing-059": {"Keys": [{"a": {"S": "a"}}]}, "missing-060": {"Keys": [{"a": {"S": "a"}}]}, "missing-061": {"Keys": [{"a": {"S": "a"}}]}, "missing-062": {"Keys": [{"a": {"S": "a"}}]}, "missing-063": {"Keys": [{"a": {"S": "a"}}]}, "missing-064": {"Keys": [{"a": {"S": "a"}}]}, "missing-065": {"Keys": [{"a": {"S": "a"}}]}, "missing-066": {"Keys": [{"a": {"S": "a"}}]}, "missing-067": {"Keys": [{"a": {"S": "a"}}]}, "missing-068": {"Keys": [{"a": {"S": "a"}}]}, "missing-069": {"Keys": [{"a": {"S": "a"}}]}, "missing-070": {"Keys": [{"a": {"S": "a"}}]}, "missing-071": {"Keys": [{"a": {"S": "a"}}]}, "missing-072": {"Keys": [{"a": {"S": "a"}}]}, "missing-073": {"Keys": [{"a": {"S": "a"}}]}, "missing-074": {"Keys": [{"a": {"S": "a"}}]}, "missing-075": {"Keys": [{"a": {"S": "a"}}]}, "missing-076": {"Keys": [{"a": {"S": "a"}}]}, "missing-077": {"Keys": [{"a": {"S": "a"}}]}, "missing-078": {"Keys": [{"a": {"S": "a"}}]}, "missing-079": {"Keys": [{"a": {"S": "a"}}]}, "missing-080": {"Keys": [{"a": {"S": "a"}}]}, "missing-081": {"Keys": [{"a": {"S": "a"}}]}, "missing-082": {"Keys": [{"a": {"S": "a"}}]}, "missing-083": {"Keys": [{"a": {"S": "a"}}]}, "missing-084": {"Keys": [{"a": {"S": "a"}}]}, "missing-085": {"Keys": [{"a": {"S": "a"}}]}, "missing-086": {"Keys": [{"a": {"S": "a"}}]}, "missing-087": {"Keys": [{"a": {"S": "a"}}]}, "missing-088": {"Keys": [{"a": {"S": "a"}}]}, "missing-089": {"Keys": [{"a": {"S": "a"}}]}, "missing-090": {"Keys": [{"a": {"S": "a"}}]}, "missing-091": {"Keys": [{"a": {"S": "a"}}]}, "missing-092": {"Keys": [{"a": {"S": "a"}}]}, "missing-093": {"Keys": [{"a": {"S": "a"}}]}, "missing-094": {"Keys": [{"a": {"S": "a"}}]}, "missing-095": {"Keys": [{"a": {"S": "a"}}]}, "missing-096": {"Keys": [{"a": {"S": "a"}}]}, "missing-097": {"Keys": [{"a": {"S": "a"}}]}, "missing-098": {"Keys": [{"a": {"S": "a"}}]}, "missing-099": {"Keys": [{"a": {"S": "a"}}]}}}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: A table name of 255 characters is within the limit: the missing table is reported
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt": {"Keys": [{"a": {"S": "a"}}]}}}
      """
    Then the request fails with ResourceNotFoundException

  @strict
  Scenario: A table given no Keys is refused, in DynamoDB's words
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"abc": {}}}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value null at 'requestItems.abc.member.keys' failed to satisfy constraint: Member must not be null"

  # DynamoDB prints the whole RequestItems map in this message, in its own rendering: matched as dynalite's tests match it.
  @strict
  Scenario: A table name of one character is refused, in DynamoDB's words
    When I send BatchGetItem with the raw body:
      """
      {"RequestItems": {"a": {"Keys": [{"a": {"S": "a"}}]}}}
      """
    Then the request fails with ValidationException
    And the error message matches:
      """
      1 validation error detected: Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: \[Member must have length less than or equal to 255, Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: \[a-zA-Z0-9_.-\]\+\]
      """

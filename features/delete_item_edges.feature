# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html (TableName "Minimum length of 3", "Pattern: [a-zA-Z0-9_.-]+"; Key; ReturnValues: "The ReturnValues parameter is used by several DynamoDB operations; however, DeleteItem does not recognize any values other than NONE or ALL_OLD"; ReturnConsumedCapacity INDEXES | TOTAL | NONE; ReturnItemCollectionMetrics SIZE | NONE; ReturnValuesOnConditionCheckFailure ALL_OLD | NONE; ItemCollectionMetrics: "This is returned only if the table has one or more local secondary indexes"; "Unless you specify conditions, the DeleteItem is an idempotent operation; running it multiple times on the same item or attribute does not result in an error response"; errors ConditionalCheckFailedException, ResourceNotFoundException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html (Exists with and without Value; ComparisonOperator with AttributeValueList or Value; the number of values each operator takes; BETWEEN's two values of one type)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html ("a BETWEEN b AND c: true if a is greater than or equal to b, and less than or equal to c")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html and Expressions.ExpressionAttributeValues.html (placeholders begin with # and :)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html (a delete costs write units for the size of the deleted item, 1 KB each rounded up; a delete of an item that does not exist costs one)
# Record: dynalite's test suite, test/deleteItem.js, which records live DynamoDB's answers (every exact message of the @strict scenarios; the problems listed together; which of two problems wins; the answers and capacity of the deletes that succeed)
# Seed: "Condition expression can be used with `PutItem`, `DeleteItem` and `UpdateItem`"
@delete_item_edges
Feature: DeleteItem at the edges of its rules
  DeleteItem refuses, before it deletes anything, a request whose members break their shape (all
  such problems listed in one message), a mix of Expected with ConditionExpression, placeholders
  that are no placeholders, expression values and key values that are no valid values, and legacy
  conditions whose members do not go together; all of this before it looks for the table. Then the
  key must match the table's key schema. A delete that passes these rules is idempotent, costs at
  least one write unit, and returns the old item only when asked with ALL_OLD.

  Background:
    Given a table Employee keyed by LoginAlias
    And a table Thread keyed by ForumName and sorted by Subject

  # Members that break their shape: every problem in one message

  @strict
  Scenario: A request without TableName and Key names both
    When I send DeleteItem with the raw body:
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
  Scenario: A short TableName with a character outside the pattern breaks both rules
    When I send DeleteItem with the raw body:
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
  Scenario: Unknown values of every enumerated member are listed together
    When I send DeleteItem with the raw body:
      """
      {"TableName": "abc;", "ReturnConsumedCapacity": "hi", "ReturnItemCollectionMetrics": "hi", "ReturnValues": "hi"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]
      Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value 'hi' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]
      Value 'hi' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]
      Value null at 'key' failed to satisfy constraint: Member must not be null
      """

  Scenario Outline: DeleteItem refuses <member> <value> and deletes nothing
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "<member>": "<value>"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

    Examples:
      | member                              | value       |
      | ReturnValues                        | all_old     |
      | ReturnConsumedCapacity              | SIZE        |
      | ReturnItemCollectionMetrics         | TOTAL       |

  Scenario: DeleteItem refuses the ReturnValues that only UpdateItem takes, UPDATED_OLD and UPDATED_NEW, and deletes nothing
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "UPDATED_OLD"}
      """
    Then the request fails with ValidationException
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  Scenario: DeleteItem refuses ReturnValuesOnConditionCheckFailure UPDATED_OLD and deletes nothing
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValuesOnConditionCheckFailure": "UPDATED_OLD"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  # Legacy and expression parameters, and placeholders

  # The placeholders: Expressions.ExpressionAttributeValues.html and Expressions.ExpressionAttributeNames.html,
  # every placeholder given must be used.
  @strict
  Scenario Outline: A request with <case> is refused before the table is looked for
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, <members>}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | case                                                | members                                                                                                          | message                                                                                                                    |
      | Expected and ConditionExpression together           | "Expected": {}, "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ConditionExpression": ""       | Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression} |
      | ExpressionAttributeNames without an expression      | "Expected": {}, "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}                                  | ExpressionAttributeNames can only be specified when using expressions                                                       |
      | ExpressionAttributeValues without an expression     | "Expected": {}, "ExpressionAttributeValues": {}                                                                  | ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null                        |
      | an empty ExpressionAttributeNames                   | "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ConditionExpression": ""                       | ExpressionAttributeNames must not be empty                                                                                  |
      | a name placeholder without #                        | "ExpressionAttributeNames": {"a": "a"}, "ExpressionAttributeValues": {}, "ConditionExpression": ""               | ExpressionAttributeNames contains invalid key: Syntax error; key: \\"a\\"                                                     |
      | an empty ExpressionAttributeValues                  | "ExpressionAttributeValues": {}, "ConditionExpression": ""                                                       | ExpressionAttributeValues must not be empty                                                                                 |
      | a value placeholder without : before a bad value    | "ExpressionAttributeValues": {":b": {"a": ""}, "b": {"S": "a"}}, "ConditionExpression": ""                      | ExpressionAttributeValues contains invalid key: Syntax error; key: \\"b\\"                                                    |
      | a value of two types                                | "ExpressionAttributeValues": {":b": {"S": "a", "N": "1"}}, "ConditionExpression": ""                            | ExpressionAttributeValues contains invalid value: Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes for key :b |
      | an empty ConditionExpression                        | "ConditionExpression": ""                                                                                        | Invalid ConditionExpression: The expression can not be empty;                                                              |
      | a value placeholder the condition does not use      | "ExpressionAttributeValues": {":a": {"S": "x"}, ":b": {"S": "y"}}, "ConditionExpression": "a = :a"              | Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}                                              |
      | a name placeholder the condition does not use       | "ExpressionAttributeNames": {"#n": "n"}, "ExpressionAttributeValues": {":a": {"S": "x"}}, "ConditionExpression": "a = :a" | Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}                                      |

  @strict
  Scenario: A ConditionExpression that does not parse is refused before the table is looked for
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ConditionExpression": "whatever"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid ConditionExpression: Syntax error; "

  @strict
  Scenario Outline: An expression attribute value with no data type is refused, naming its placeholder: <value>
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ExpressionAttributeValues": {":b": <value>}, "ConditionExpression": ""}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes for key :b"

    Examples:
      | value               |
      | {}                  |
      | {"a": ""}           |
      | {"M": {"a": {}}}    |
      | {"L": [{}]}         |
      | {"L": [{"a": {}}]}  |

  @strict
  Scenario Outline: An expression attribute value that breaks a rule of its type is refused, naming its placeholder: <value>
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ExpressionAttributeValues": {":b": <value>}, "ConditionExpression": ""}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeValues contains invalid value: <problem> for key :b"

    Examples:
      | value                                              | problem                                                                                                 |
      | {"NULL": false}                                    | One or more parameter values were invalid: Null attribute value types must have the value of true      |
      | {"SS": []}                                         | One or more parameter values were invalid: An string set  may not be empty                             |
      | {"NS": []}                                         | One or more parameter values were invalid: An number set  may not be empty                             |
      | {"BS": []}                                         | One or more parameter values were invalid: Binary sets should not be empty                             |
      | {"SS": ["a", "a"]}                                 | One or more parameter values were invalid: Input collection [a, a] contains duplicates.                |
      | {"BS": ["Yg==", "Yg=="]}                           | One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates. |
      | {"S": "", "N": ""}                                 | The parameter cannot be converted to a numeric value                                                    |
      | {"S": "a", "N": "b"}                               | The parameter cannot be converted to a numeric value: b                                                 |
      | {"NS": ["1", ""]}                                  | The parameter cannot be converted to a numeric value                                                    |
      | {"NS": ["1", "1"]}                                 | Input collection contains duplicates                                                                    |
      | {"N": "123456789012345678901234567890123456789"}   | Attempting to store more than 38 significant digits in a Number                                         |
      | {"N": "-1e126"}                                    | Number overflow. Attempting to store a number with magnitude larger than supported range                |
      | {"N": "1e-131"}                                    | Number underflow. Attempting to store a number with magnitude smaller than supported range              |

  # Key values that are no valid values

  @strict
  Scenario Outline: A key value with no data type is refused: <value>
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}}
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
  Scenario Outline: A key value that breaks a rule of its type is refused: <value>
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | value                                              | message                                                                                                 |
      | {"NULL": false}                                    | One or more parameter values were invalid: Null attribute value types must have the value of true      |
      | {"SS": []}                                         | One or more parameter values were invalid: An string set  may not be empty                             |
      | {"NS": []}                                         | One or more parameter values were invalid: An number set  may not be empty                             |
      | {"BS": []}                                         | One or more parameter values were invalid: Binary sets should not be empty                             |
      | {"SS": ["a", "a"]}                                 | One or more parameter values were invalid: Input collection [a, a] contains duplicates.                |
      | {"BS": ["Yg==", "Yg=="]}                           | One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates. |
      | {"S": "a", "N": ""}                                | The parameter cannot be converted to a numeric value                                                    |
      | {"NS": ["1", "b"]}                                 | The parameter cannot be converted to a numeric value: b                                                 |
      | {"N": "-1.23456789012345678901234567890123456789"} | Attempting to store more than 38 significant digits in a Number                                         |
      | {"N": "1e126"}                                     | Number overflow. Attempting to store a number with magnitude larger than supported range                |
      | {"N": "-1e-131"}                                   | Number underflow. Attempting to store a number with magnitude smaller than supported range              |
      | {"S": "a", "N": "1"}                               | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |

  # Legacy Expected conditions

  @strict
  Scenario Outline: A legacy Expected condition whose members do not go together is refused before the table is looked for: <case>
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "Expected": {"a": <condition>}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: <problem>"

    Examples:
      | case                                   | condition                                                          | problem                                                                               |
      | ComparisonOperator alone               | {"ComparisonOperator": "LT"}                                       | Value or AttributeValueList must be used with ComparisonOperator: LT for Attribute: a |
      | Exists with ComparisonOperator         | {"Exists": true, "ComparisonOperator": "LT"}                       | Exists and ComparisonOperator cannot be used together for Attribute: a                |
      | AttributeValueList alone               | {"AttributeValueList": []}                                         | AttributeValueList can only be used with a ComparisonOperator for Attribute: a        |
      | AttributeValueList with Exists         | {"Exists": true, "AttributeValueList": []}                         | AttributeValueList can only be used with a ComparisonOperator for Attribute: a        |
      | Value with AttributeValueList          | {"Value": {"S": "a"}, "AttributeValueList": []}                    | Value and AttributeValueList cannot be used together for Attribute: a                 |
      | BETWEEN with one Value                 | {"Value": {"S": "a"}, "ComparisonOperator": "BETWEEN"}             | Invalid number of argument(s) for the BETWEEN ComparisonOperator                      |
      | NULL with a Value                      | {"Value": {"S": "a"}, "ComparisonOperator": "NULL"}                | Invalid number of argument(s) for the NULL ComparisonOperator                         |
      | IN values of different types           | {"ComparisonOperator": "IN", "AttributeValueList": [{"S": "b"}, {"N": "1"}]} | AttributeValues inside AttributeValueList must be of same type              |

  @strict
  Scenario: A legacy BETWEEN whose lower bound is above its upper bound is refused
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "Expected": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"S": "b"}, {"S": "a"}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound"

  @strict
  Scenario: A BETWEEN in a ConditionExpression with bounds of different types is refused, naming both
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ConditionExpression": "a between :b and :a", "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}"

  @strict
  Scenario: A BETWEEN in a ConditionExpression whose lower bound is above its upper bound is refused, naming both
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ConditionExpression": "a between :b and :a", "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"S": "b"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a}"

  # The table, then the key against its schema

  Scenario: A table that does not exist is reported before a key that matches no schema
    When I send DeleteItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}}
      """
    Then the request fails with ResourceNotFoundException

  @strict
  Scenario Outline: A key that does not match the table's key schema is refused: <key>
    When I delete an item from Employee with:
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
    When I delete an item from Thread with:
      """
      {"Key": {"ForumName": {"S": "S3"}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

  Scenario: An empty string as the partition key value is refused
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": ""}}}
      """
    Then the request fails with ValidationException

  # What a delete does and returns

  Scenario: A delete of an item that does not exist returns an empty response
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}}
      """
    Then the response is:
      """
      {}
      """

  Scenario Outline: A delete of an item that does not exist, with ReturnConsumedCapacity <value>, costs one write unit
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, "ReturnConsumedCapacity": "<value>"}
      """
    Then the request succeeds
    And the response has no Attributes
    And the ConsumedCapacity in the response includes:
      """
      <consumed>
      """

    Examples:
      | value   | consumed                                                                     |
      | TOTAL   | {"TableName": "Employee", "CapacityUnits": 1.0}                              |
      | INDEXES | {"TableName": "Employee", "CapacityUnits": 1.0, "Table": {"CapacityUnits": 1.0}} |

  Scenario Outline: A delete of an item of <bytes> bytes costs <units> write units
    Given the item in Employee, padded to <bytes> bytes with "b" in attribute "b":
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Employee", "CapacityUnits": <units>}
      """

    Examples:
      | bytes | units |
      | 1024  | 1.0   |
      | 1025  | 2.0   |

  Scenario: A delete twice of the same item succeeds both times, and ALL_OLD returns the item only the first time
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"S": "b"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "ALL_OLD"}
      """
    Then the response is:
      """
      {"Attributes": {"LoginAlias": {"S": "irenes"}, "b": {"S": "b"}}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "ALL_OLD"}
      """
    Then the response is:
      """
      {}
      """

  Scenario: ReturnValues NONE returns nothing of the deleted item
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"S": "b"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "NONE"}
      """
    Then the response is:
      """
      {}
      """
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario: ReturnItemCollectionMetrics SIZE on a table without a local secondary index returns no metrics
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnItemCollectionMetrics": "SIZE"}
      """
    Then the request succeeds
    And the response has no ItemCollectionMetrics

  Scenario Outline: A condition that fails on an item that does not exist deletes nothing: <how>
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, <condition>}
      """
    Then the request fails with ConditionalCheckFailedException

    Examples:
      | how                             | condition                                                                                                              |
      | Expected a Value                | "Expected": {"LoginAlias": {"Value": {"S": "nobody"}}}                                                                 |
      | a ConditionExpression           | "ConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "nobody"}}                         |
      | a ConditionExpression and names | "ConditionExpression": "#a = :a", "ExpressionAttributeNames": {"#a": "LoginAlias"}, "ExpressionAttributeValues": {":a": {"S": "nobody"}} |

  Scenario Outline: Conditions on an item that exists, one of them false, delete nothing: <how>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "c": {"S": "c"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, <condition>}
      """
    Then the request fails with ConditionalCheckFailedException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "c": {"S": "c"}}
      """

    Examples:
      | how                   | condition                                                                                                                                        |
      | Expected              | "Expected": {"LoginAlias": {"Value": {"S": "irenes"}}, "b": {"Exists": false}, "c": {"Value": {"S": "x"}}}                                       |
      | a ConditionExpression | "ConditionExpression": "LoginAlias = :a AND attribute_not_exists(b) AND c = :c", "ExpressionAttributeValues": {":a": {"S": "irenes"}, ":c": {"S": "x"}} |
      | Expected Exists false on the key | "Expected": {"LoginAlias": {"Exists": false}}                                                                                         |

  Scenario Outline: Several conditions on one item, all of them true, delete it: <how>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "c": {"S": "c"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, <condition>}
      """
    Then the response is:
      """
      {}
      """
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

    Examples:
      | how                   | condition                                                                                                                                        |
      | Expected              | "Expected": {"LoginAlias": {"Value": {"S": "irenes"}}, "b": {"Exists": false}, "c": {"Value": {"S": "c"}}}                                       |
      | a ConditionExpression | "ConditionExpression": "LoginAlias = :a AND attribute_not_exists(b) AND c = :c", "ExpressionAttributeValues": {":a": {"S": "irenes"}, ":c": {"S": "c"}} |
      | names and values      | "ConditionExpression": "#a = :a AND attribute_not_exists(#b) AND #c = :c", "ExpressionAttributeNames": {"#a": "LoginAlias", "#b": "b", "#c": "c"}, "ExpressionAttributeValues": {":a": {"S": "irenes"}, ":c": {"S": "c"}} |

  Scenario: Expected Exists false on the key of another item is true: the key holds no item
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, "Expected": {"LoginAlias": {"Exists": false}}}
      """
    Then the response is:
      """
      {}
      """

  Scenario: ReturnValuesOnConditionCheckFailure ALL_OLD on a failed delete returns the item as it is
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "c": {"S": "c"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_not_exists(c)", "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}
      """
    Then the request fails with ConditionalCheckFailedException
    And the Item in the response is:
      """
      {"LoginAlias": {"S": "irenes"}, "c": {"S": "c"}}
      """

  Scenario: ReturnValuesOnConditionCheckFailure ALL_OLD on a failed delete of an item that does not exist returns no item
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, "ConditionExpression": "attribute_exists(c)", "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}
      """
    Then the request fails with ConditionalCheckFailedException
    And the response has no Item

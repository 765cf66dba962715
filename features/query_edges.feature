# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html (KeyConditionExpression: "The condition must perform an equality test on a single partition key value" and "can optionally perform one of several comparison tests on a single sort key value"; the comparisons allowed: =, <, <=, >, >=, BETWEEN, begins_with; ExclusiveStartKey; errors ResourceNotFoundException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html (KeyConditions: one condition on the partition key and at most one on the sort key; the operators each data type takes; "BETWEEN : Greater than or equal to the first value, and less than or equal to the second value")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html (QueryFilter's conditions, ComparisonOperator and AttributeValueList)
# Record: dynalite's test suite, which records live DynamoDB's answers (query validations: every exact message below, and which problem is reported when a request has several, all before the table is looked for)
# Seed: "Requires the key-attributes (PK for simple key table or PK+SK for composite key table)"
@query_edges
Feature: Query refuses a key condition it cannot serve, before looking for the table
  A Query's key condition is one equality on the partition key and at most one comparison on the
  sort key, each on a top-level key attribute compared with values. The legacy KeyConditions and
  QueryFilter take only the operators each data type allows, and the number of values each
  operator needs. DynamoDB judges all of this before it looks for the table, so these bodies name
  a table that does not exist.

  @strict
  Scenario Outline: A key condition with more than two conditions, or none, is refused: <case>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", <members>}
      """
    Then the request fails with ValidationException
    And the error message is "Conditions can be of length 1 or 2 only"

    Examples:
      | case                          | members                                                                                                                             |
      | no KeyConditions              | "KeyConditions": {}, "QueryFilter": {}                                                                                             |
      | three KeyConditions           | "KeyConditions": {"a": {"ComparisonOperator": "NULL"}, "b": {"ComparisonOperator": "NULL"}, "c": {"ComparisonOperator": "NULL"}}, "QueryFilter": {} |
      | three expression conditions   | "KeyConditionExpression": ":a = a and b = :a and :a = c", "ExpressionAttributeValues": {":a": {"S": "a"}}                           |
      | six expression conditions     | "KeyConditionExpression": "(a > :a and b > :a) and (c > :a and d > :a) and (e > :a and f > :a)", "ExpressionAttributeValues": {":a": {"S": "a"}} |

  @strict
  Scenario Outline: A legacy condition refuses an operator its value's type does not take: <member> <operator> <type>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "<member>": {"a": {"ComparisonOperator": "<operator>", "AttributeValueList": <values>}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: ComparisonOperator <operator> is not valid for <type> AttributeValue type"

    Examples:
      | member        | operator     | type | values                              |
      | KeyConditions | LT           | BOOL | [{"BOOL": true}]                    |
      | KeyConditions | LE           | NULL | [{"NULL": true}]                    |
      | KeyConditions | GT           | SS   | [{"SS": ["a"]}]                     |
      | KeyConditions | GE           | M    | [{"M": {}}]                         |
      | KeyConditions | IN           | L    | [{"L": []}]                         |
      | QueryFilter   | LT           | NS   | [{"NS": ["1"]}]                     |
      | QueryFilter   | IN           | BS   | [{"BS": ["abcd"]}]                  |
      | KeyConditions | CONTAINS     | SS   | [{"SS": ["a"]}]                     |
      | QueryFilter   | NOT_CONTAINS | M    | [{"M": {}}]                         |
      | KeyConditions | BETWEEN      | BOOL | [{"BOOL": true}, {"BOOL": true}]    |
      | QueryFilter   | BETWEEN      | L    | [{"L": []}, {"L": []}]              |
      | KeyConditions | BEGINS_WITH  | N    | [{"N": "1"}]                        |
      | QueryFilter   | BEGINS_WITH  | BOOL | [{"BOOL": true}]                    |
      | KeyConditions | BEGINS_WITH  | SS   | [{"SS": ["a"]}]                     |

  @strict
  Scenario Outline: A legacy condition with the wrong number of values is refused: <member> <condition>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditions": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "a"}]}}, "<member>": {"a": <condition>}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Invalid number of argument(s) for the <operator> ComparisonOperator"

    Examples:
      | member      | operator | condition                                                                               |
      | QueryFilter | EQ       | {"ComparisonOperator": "EQ"}                                                            |
      | QueryFilter | IN       | {"ComparisonOperator": "IN"}                                                            |
      | QueryFilter | NULL     | {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}]}                      |
      | QueryFilter | GT       | {"ComparisonOperator": "GT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}            |
      | QueryFilter | BETWEEN  | {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"S": "a"}, {"S": "a"}, {"S": "a"}]} |

  @strict
  Scenario: IN values of different types are refused
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditions": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"S": "b"}, {"N": "1"}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type"

  @strict
  Scenario: A legacy BETWEEN whose lower bound is above its upper bound is refused
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditions": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"S": "b"}, {"S": "a"}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound"

  @strict
  Scenario: An empty KeyConditionExpression is reported before an empty filter or projection
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "", "FilterExpression": "", "ProjectionExpression": "", "ExpressionAttributeValues": {":0": {"S": "b"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid KeyConditionExpression: The expression can not be empty;"

  @strict
  Scenario Outline: An empty <member> is reported before the key condition's operator is judged
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "attribute_type(a, :a)", <members>, "ExpressionAttributeValues": {":a": {"S": "N"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid <member>: The expression can not be empty;"

    Examples:
      | member               | members                                               |
      | FilterExpression     | "FilterExpression": "", "ProjectionExpression": ""    |
      | ProjectionExpression | "FilterExpression": "a > b", "ProjectionExpression": "" |

  Scenario Outline: A KeyConditionExpression that does not parse is a syntax error: <expression>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "FilterExpression": "", "KeyConditionExpression": "<expression>"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid KeyConditionExpression: Syntax error; "

    Examples:
      | expression                 |
      | things are not gonna be ok |
      | a > 4                      |
      | (size(a))[0] > a           |

  @strict
  Scenario Outline: A KeyConditionExpression may not use <operator>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "<expression>"}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid operator used in KeyConditionExpression: <operator>"

    Examples:
      | expression                     | operator             |
      | a > b and size(b) > c or a > c | OR                   |
      | a in (b, size(c), d)           | IN                   |
      | attribute_exists(a)            | attribute_exists     |
      | attribute_not_exists(a)        | attribute_not_exists |
      | contains(a.d, b)               | contains             |
      | not a > b                      | NOT                  |
      | a <> b                         | <>                   |

  @strict
  Scenario: attribute_type is not an operator of a key condition
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "attribute_type(a, :a)", "ExpressionAttributeValues": {":a": {"S": "S"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid operator used in KeyConditionExpression: attribute_type"

  @strict
  Scenario Outline: <operator> must have the key attribute as its first operand
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "<expression>", "ExpressionAttributeValues": {":a": {"S": "1"}, ":b": {"S": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid condition in KeyConditionExpression: <operator> operator must have the key attribute as its first operand"

    Examples:
      | expression                                  | operator    |
      | :a between size(b) and size(a) and b > :b   | BETWEEN     |
      | begins_with(:a, b) and a > :b               | begins_with |

  @strict
  Scenario Outline: A key condition refuses <problem>: <expression>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "<expression>"}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | problem                        | expression                                    | message                                                                               |
      | a nested operation             | size(b) > a AND a.b > b AND b > c             | KeyConditionExpressions cannot contain nested operations                              |
      | a nested operation             | a > size(b.d)                                 | KeyConditionExpressions cannot contain nested operations                              |
      | a nested operation             | a between size(b) and size(a)                 | KeyConditionExpressions cannot contain nested operations                              |
      | two attributes in a condition  | b > a.b                                       | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition |
      | two attributes in a condition  | b between c[1] and d                          | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition |
      | two attributes in a condition  | a between b and size(a)                       | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition |
      | two attributes in a condition  | begins_with(a, b)                             | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition |
      | a nested attribute             | b.d > a AND c.d > e.f                         | KeyConditionExpressions cannot have conditions on nested attributes                    |
      | a nested attribute             | a.d > c                                       | KeyConditionExpressions cannot have conditions on nested attributes                    |
      | a nested attribute             | b[0] > a                                      | KeyConditionExpressions cannot have conditions on nested attributes                    |

  @strict
  Scenario Outline: A key condition refuses <problem>, its values given: <expression>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "<expression>", "ExpressionAttributeValues": <values>}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | problem                   | expression                                  | values                                   | message                                                                 |
      | a condition without a key | :b > :a AND a < :b                          | {":a": {"N": "1"}, ":b": {"N": "1"}}     | Invalid condition in KeyConditionExpression: No key attribute specified |
      | a condition without a key | :a > b AND :a < :b                          | {":a": {"N": "1"}, ":b": {"N": "1"}}     | Invalid condition in KeyConditionExpression: No key attribute specified |
      | two conditions on one key | b > :a AND b < :a and c = :a and d = :a     | {":a": {"N": "1"}}                       | KeyConditionExpressions must only contain one condition per key         |
      | two conditions on one key | (a > :a and b > :a) and (b > :a and c > :a) | {":a": {"N": "1"}}                       | KeyConditionExpressions must only contain one condition per key         |

  @strict
  Scenario: BETWEEN in a key condition needs bounds of one type
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "a between :b and :a", "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid KeyConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}"

  @strict
  Scenario: BETWEEN in a key condition needs its upper bound at or above its lower bound
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditionExpression": "a between :b and :a", "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"S": "b"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a}"

  Scenario Outline: A missing table is reported before a key condition or starting key that does not fit any table: <case>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "ExclusiveStartKey": <start>, <members>}
      """
    Then the request fails with ResourceNotFoundException

    Examples:
      | case                             | start                              | members                                                                                                     |
      | legacy condition, empty key      | {}                                 | "KeyConditions": {"z": {"ComparisonOperator": "NULL"}}, "QueryFilter": {}                                   |
      | expression, a key of other names | {"b": {"S": "a"}}                  | "KeyConditionExpression": "z = :a", "ExpressionAttributeValues": {":a": {"N": "1"}}                         |
      | BETWEEN on one key, two keys     | {"a": {"S": "a"}, "b": {"S": "a"}} | "KeyConditionExpression": "b between :a and :b", "ExpressionAttributeValues": {":a": {"N": "1"}, ":b": {"N": "1"}} |

  @strict
  Scenario Outline: A starting key whose value is not a value is refused as an invalid starting key: <value>
    When I send Query with the raw body:
      """
      {"TableName": "${Nowhere}", "KeyConditions": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "a"}]}}, "ExclusiveStartKey": {"a": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided starting key is invalid: <problem>"

    Examples:
      | value                  | problem                                                                                              |
      | {}                     | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes                |
      | {"NULL": "no"}         | One or more parameter values were invalid: Null attribute value types must have the value of true   |
      | {"SS": []}             | One or more parameter values were invalid: An string set  may not be empty                          |
      | {"S": "a", "N": "1"}   | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |

  Scenario Outline: A starting key that does not name the table's key is refused: <start>
    Given a table Items keyed by a
    When I send Query with the raw body:
      """
      {"TableName": "${Items}", "KeyConditionExpression": "a = :a", "ExpressionAttributeValues": {":a": {"S": "x"}}, "ExclusiveStartKey": <start>}
      """
    Then the request fails with ValidationException
    And the error message is "The provided starting key is invalid"

    @strict
    Examples:
      | start                              |
      | {}                                 |
      | {"b": {"S": "a"}}                  |
      | {"a": {"S": "a"}, "b": {"S": "a"}} |

  @strict
  Scenario Outline: A starting key that names the table's key with another type does not match the schema: <start>
    Given a table Items keyed by a
    When I send Query with the raw body:
      """
      {"TableName": "${Items}", "KeyConditionExpression": "a = :a", "ExpressionAttributeValues": {":a": {"S": "x"}}, "ExclusiveStartKey": <start>}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

    Examples:
      | start                  |
      | {"a": {"B": "abcd"}}   |
      | {"a": {"N": "1"}}      |
      | {"a": {"BOOL": true}}  |
      | {"a": {"SS": ["a"]}}   |
      | {"a": {"M": {}}}       |

  Scenario Outline: A well-formed Query is refused for <case>
    # API_Query.html: IndexName "Pattern: [a-zA-Z0-9_.-]+" (Limit 0: request_parameters.feature).
    Given a table Employee keyed by LoginAlias
    When I send Query with the raw body:
      """
      {"TableName": "${Employee}", "KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "janed"}}, <members>}
      """
    Then the request fails with ValidationException

    Examples:
      | case                             | members |
      | an IndexName outside the pattern | "IndexName": "by;name" |

# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html (Select "Valid Values: ALL_ATTRIBUTES | ALL_PROJECTED_ATTRIBUTES | SPECIFIC_ATTRIBUTES | COUNT"; Limit "Minimum value of 1"; Segment "Minimum value of 0"; TotalSegments "Minimum value of 1"; IndexName "Pattern: [a-zA-Z0-9_.-]+"; ExclusiveStartKey "The primary key of the first item that this operation will evaluate"; "If you provide Segment, you must also provide TotalSegments"; errors ResourceNotFoundException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ScanFilter.html and LegacyConditionalParameters.Conditions.html (each ComparisonOperator's number of values in AttributeValueList and the types it takes: "AttributeValueList can contain only one AttributeValue element of type String, Number, or Binary (not a set type)" for EQ-like comparators, "of type String, Number, or Binary" for CONTAINS, "of type String or Binary" for BEGINS_WITH, two for BETWEEN, none for NULL and NOT_NULL)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html (the functions and their operands) and docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html (ValidationException)
# Record: dynalite's test suite, which records live DynamoDB's answers (scan validations: every problem of one request listed together, expression and non-expression parameters mixed, each legacy comparator's number and type of values, ExclusiveStartKey against the table's key, a missing table before a bad starting key, filter expression operands; the exact messages of the @strict scenarios)
# Seed: "When you write item to DynamoDB table, DynamoDB applies the hash function on the partition key to determine which partition to write the item to. Based on the item's hash value (the result of applying the hash function to the partition key), dynamodb then decides the partition to which the data will get written."
@scan_edges
Feature: Scan at the edges of its rules: what a scan request may hold
  A scan is refused, whole and before any item is read, when one of its members breaks a rule
  of its shape (an enumeration, a minimum, a pattern), when it mixes the expression parameters
  with the legacy ones, when a legacy ScanFilter condition has the wrong number or type of
  values for its comparator, or when its ExclusiveStartKey is not a key of the table. A table
  that does not exist is reported before its starting key is judged. Bodies that break a
  request's shape are sent as written, so that no SDK's own checks stand in front of the rule.

  Background:
    Given a table Employee keyed by LoginAlias
    And a table Thread keyed by ForumName and sorted by Subject

  @strict
  Scenario: A scan with a problem in almost every member lists them all
    When I send Scan with the raw body:
      """
      {"TableName": "abc;", "ReturnConsumedCapacity": "hi", "IndexName": "abc;", "Segment": -1, "TotalSegments": -1, "Select": "hi", "Limit": -1, "ScanFilter": {"a": {}, "b": {"ComparisonOperator": ""}}, "ConditionalOperator": "AN", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ProjectionExpression": ""}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'hi' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]
      Value 'abc;' at 'indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value '-1' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1
      Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]
      Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value 'AN' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]
      Value null at 'scanFilter.a.member.comparisonOperator' failed to satisfy constraint: Member must not be null
      Value '' at 'scanFilter.b.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]
      Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0
      Value '-1' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1
      """

  Scenario Outline: A scan with <case> is refused
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | case | body | message |
      | expression and legacy parameters together | {"TableName": "abc", "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}]}}, "Segment": 1, "Limit": 1, "AttributesToGet": ["a", "a"], "ExclusiveStartKey": {"a": {}}, "ConditionalOperator": "OR", "Select": "SPECIFIC_ATTRIBUTES", "FilterExpression": "", "ProjectionExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet, ScanFilter, ConditionalOperator} Expression parameters: {ProjectionExpression, FilterExpression} |
      | ExpressionAttributeNames without any expression | {"TableName": "abc", "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}]}}, "Segment": 1, "Limit": 1, "AttributesToGet": ["a", "a"], "ExclusiveStartKey": {"a": {}}, "ConditionalOperator": "OR", "Select": "SPECIFIC_ATTRIBUTES", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | ExpressionAttributeNames can only be specified when using expressions |
      | ExpressionAttributeValues without a FilterExpression | {"TableName": "abc", "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}]}}, "Segment": 1, "Limit": 1, "AttributesToGet": ["a", "a"], "ExclusiveStartKey": {"a": {}}, "ConditionalOperator": "OR", "Select": "SPECIFIC_ATTRIBUTES", "ExpressionAttributeValues": {}} | ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null |
      | a name twice in AttributesToGet | {"TableName": "abc", "Segment": 1, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}, {"S": ""}]}}, "ExclusiveStartKey": {"a": {}}, "AttributesToGet": ["a", "a"]} | One or more parameter values were invalid: Duplicate value in attribute name: a |
      | an empty value in ScanFilter | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}, {"S": ""}]}}} | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | a value of two types in ScanFilter | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"S": "a", "N": "1"}]}}} | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |
      | a ScanFilter that suits any type before an empty starting key | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"SS": ["a"]}]}}} | The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | a starting key of two types | {"TableName": "abc", "TotalSegments": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"S": "a", "N": "1"}}} | The provided starting key is invalid: Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |
      | Segment without TotalSegments | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | The TotalSegments parameter is required but was not present in the request when Segment parameter is present |
      | TotalSegments without Segment | {"TableName": "abc", "TotalSegments": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | The Segment parameter is required but was not present in the request when parameter TotalSegments is present |
      | Segment equal to TotalSegments | {"TableName": "abc", "Segment": 1, "TotalSegments": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 1 is not less than TotalSegments: 1 |
      | an empty ExpressionAttributeNames | {"TableName": "abc", "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | ExpressionAttributeNames must not be empty |
      | a name placeholder without # | {"TableName": "abc", "FilterExpression": "", "ExpressionAttributeNames": {"a": "a"}, "ExpressionAttributeValues": {}} | ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\" |
      | an empty ExpressionAttributeValues | {"TableName": "abc", "FilterExpression": "", "ExpressionAttributeValues": {}} | ExpressionAttributeValues must not be empty |
      | a value placeholder without : | {"TableName": "abc", "FilterExpression": "", "ExpressionAttributeValues": {"a": {"S": "b"}}} | ExpressionAttributeValues contains invalid key: Syntax error; key: \"a\" |
      | an empty FilterExpression | {"TableName": "abc", "FilterExpression": "", "ProjectionExpression": "", "ExpressionAttributeValues": {":0": {"S": "b"}}} | Invalid FilterExpression: The expression can not be empty; |
      | an empty ProjectionExpression | {"TableName": "abc", "FilterExpression": "a > b", "ProjectionExpression": ""} | Invalid ProjectionExpression: The expression can not be empty; |

  @strict
  Scenario Outline: A scan with <case> is refused with DynamoDB's message
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | case | body | message |
      | expression and legacy parameters together | {"TableName": "abc", "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}]}}, "Segment": 1, "Limit": 1, "AttributesToGet": ["a", "a"], "ExclusiveStartKey": {"a": {}}, "ConditionalOperator": "OR", "Select": "SPECIFIC_ATTRIBUTES", "FilterExpression": "", "ProjectionExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet, ScanFilter, ConditionalOperator} Expression parameters: {ProjectionExpression, FilterExpression} |
      | ExpressionAttributeNames without any expression | {"TableName": "abc", "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}]}}, "Segment": 1, "Limit": 1, "AttributesToGet": ["a", "a"], "ExclusiveStartKey": {"a": {}}, "ConditionalOperator": "OR", "Select": "SPECIFIC_ATTRIBUTES", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | ExpressionAttributeNames can only be specified when using expressions |
      | ExpressionAttributeValues without a FilterExpression | {"TableName": "abc", "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}]}}, "Segment": 1, "Limit": 1, "AttributesToGet": ["a", "a"], "ExclusiveStartKey": {"a": {}}, "ConditionalOperator": "OR", "Select": "SPECIFIC_ATTRIBUTES", "ExpressionAttributeValues": {}} | ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null |
      | a name twice in AttributesToGet | {"TableName": "abc", "Segment": 1, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}, {"S": ""}]}}, "ExclusiveStartKey": {"a": {}}, "AttributesToGet": ["a", "a"]} | One or more parameter values were invalid: Duplicate value in attribute name: a |
      | an empty value in ScanFilter | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{}, {"S": ""}]}}} | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | a value of two types in ScanFilter | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"S": "a", "N": "1"}]}}} | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |
      | a ScanFilter that suits any type before an empty starting key | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"SS": ["a"]}]}}} | The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | a starting key of two types | {"TableName": "abc", "TotalSegments": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"S": "a", "N": "1"}}} | The provided starting key is invalid: Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |
      | Segment without TotalSegments | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | The TotalSegments parameter is required but was not present in the request when Segment parameter is present |
      | TotalSegments without Segment | {"TableName": "abc", "TotalSegments": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | The Segment parameter is required but was not present in the request when parameter TotalSegments is present |
      | Segment equal to TotalSegments | {"TableName": "abc", "Segment": 1, "TotalSegments": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 1 is not less than TotalSegments: 1 |
      | an empty ExpressionAttributeNames | {"TableName": "abc", "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}} | ExpressionAttributeNames must not be empty |
      | a name placeholder without # | {"TableName": "abc", "FilterExpression": "", "ExpressionAttributeNames": {"a": "a"}, "ExpressionAttributeValues": {}} | ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\" |
      | an empty ExpressionAttributeValues | {"TableName": "abc", "FilterExpression": "", "ExpressionAttributeValues": {}} | ExpressionAttributeValues must not be empty |
      | a value placeholder without : | {"TableName": "abc", "FilterExpression": "", "ExpressionAttributeValues": {"a": {"S": "b"}}} | ExpressionAttributeValues contains invalid key: Syntax error; key: \"a\" |
      | an empty FilterExpression | {"TableName": "abc", "FilterExpression": "", "ProjectionExpression": "", "ExpressionAttributeValues": {":0": {"S": "b"}}} | Invalid FilterExpression: The expression can not be empty; |
      | an empty ProjectionExpression | {"TableName": "abc", "FilterExpression": "a > b", "ProjectionExpression": ""} | Invalid ProjectionExpression: The expression can not be empty; |

  Scenario Outline: A ScanFilter value that is no valid value is refused: <value>
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | value | body | message |
      | {"SS": []} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"SS": []}, {}]}}} | One or more parameter values were invalid: An string set  may not be empty |
      | {"NS": []} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"NS": []}, {}]}}} | One or more parameter values were invalid: An number set  may not be empty |
      | {"BS": []} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"BS": []}, {}]}}} | One or more parameter values were invalid: Binary sets should not be empty |
      | {"SS": ["a", "a"]} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"SS": ["a", "a"]}, {}]}}} | One or more parameter values were invalid: Input collection [a, a] contains duplicates. |
      | {"BS": ["Yg==", "Yg=="]} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"BS": ["Yg==", "Yg=="]}, {}]}}} | One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates. |
      | {"S": "a", "N": "b"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"S": "a", "N": "b"}]}}} | The parameter cannot be converted to a numeric value: b |
      | {"NS": ["1", "b"]} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"NS": ["1", "b"]}]}}} | The parameter cannot be converted to a numeric value: b |
      | {"NS": ["1", "1"]} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"NS": ["1", "1"]}]}}} | Input collection contains duplicates |
      | {"N": "123456789012345678901234567890123456789"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "123456789012345678901234567890123456789"}]}}} | Attempting to store more than 38 significant digits in a Number |
      | {"N": "-1.23456789012345678901234567890123456789"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "-1.23456789012345678901234567890123456789"}]}}} | Attempting to store more than 38 significant digits in a Number |
      | {"N": "1e126"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "1e126"}]}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "-1e126"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "-1e126"}]}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "1e-131"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "1e-131"}]}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | {"N": "-1e-131"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "-1e-131"}]}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |

  @strict
  Scenario Outline: A ScanFilter value that is no valid value is refused with DynamoDB's message: <value>
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | value | body | message |
      | {"SS": []} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"SS": []}, {}]}}} | One or more parameter values were invalid: An string set  may not be empty |
      | {"NS": []} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"NS": []}, {}]}}} | One or more parameter values were invalid: An number set  may not be empty |
      | {"BS": []} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"BS": []}, {}]}}} | One or more parameter values were invalid: Binary sets should not be empty |
      | {"SS": ["a", "a"]} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"SS": ["a", "a"]}, {}]}}} | One or more parameter values were invalid: Input collection [a, a] contains duplicates. |
      | {"BS": ["Yg==", "Yg=="]} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"BS": ["Yg==", "Yg=="]}, {}]}}} | One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates. |
      | {"S": "a", "N": "b"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"S": "a", "N": "b"}]}}} | The parameter cannot be converted to a numeric value: b |
      | {"NS": ["1", "b"]} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"NS": ["1", "b"]}]}}} | The parameter cannot be converted to a numeric value: b |
      | {"NS": ["1", "1"]} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"NS": ["1", "1"]}]}}} | Input collection contains duplicates |
      | {"N": "123456789012345678901234567890123456789"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "123456789012345678901234567890123456789"}]}}} | Attempting to store more than 38 significant digits in a Number |
      | {"N": "-1.23456789012345678901234567890123456789"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "-1.23456789012345678901234567890123456789"}]}}} | Attempting to store more than 38 significant digits in a Number |
      | {"N": "1e126"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "1e126"}]}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "-1e126"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "-1e126"}]}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "1e-131"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "1e-131"}]}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | {"N": "-1e-131"} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1"}, {"N": "-1e-131"}]}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |

  Scenario Outline: A starting key value that is no valid value is refused: <value>
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | value | body | message |
      | {"SS": []} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"SS": []}}} | The provided starting key is invalid: One or more parameter values were invalid: An string set  may not be empty |
      | {"BS": []} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"BS": []}}} | The provided starting key is invalid: One or more parameter values were invalid: Binary sets should not be empty |
      | {"NS": []} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"NS": []}}} | One or more parameter values were invalid: An number set  may not be empty |
      | {"SS": ["a", "a"]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"SS": ["a", "a"]}}} | One or more parameter values were invalid: Input collection [a, a] contains duplicates. |
      | {"BS": ["Yg==", "Yg=="]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"BS": ["Yg==", "Yg=="]}}} | One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates. |
      | {"S": "a", "N": "b"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"S": "a", "N": "b"}}} | The parameter cannot be converted to a numeric value: b |
      | {"NS": ["1", "b"]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"NS": ["1", "b"]}}} | The parameter cannot be converted to a numeric value: b |
      | {"NS": ["1", "1"]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"NS": ["1", "1"]}}} | Input collection contains duplicates |
      | {"N": "123456789012345678901234567890123456789"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "123456789012345678901234567890123456789"}}} | Attempting to store more than 38 significant digits in a Number |
      | {"N": "-1.23456789012345678901234567890123456789"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "-1.23456789012345678901234567890123456789"}}} | Attempting to store more than 38 significant digits in a Number |
      | {"N": "1e126"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "1e126"}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "-1e126"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "-1e126"}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "1e-131"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "1e-131"}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | {"N": "-1e-131"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "-1e-131"}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | {} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {}}} | The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | {"M": {"a": {}}} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"M": {"a": {}}}}} | The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | {"L": [{}]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"L": [{}]}}} | The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |

  @strict
  Scenario Outline: A starting key value that is no valid value is refused with DynamoDB's message: <value>
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | value | body | message |
      | {"SS": []} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"SS": []}}} | The provided starting key is invalid: One or more parameter values were invalid: An string set  may not be empty |
      | {"BS": []} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"BS": []}}} | The provided starting key is invalid: One or more parameter values were invalid: Binary sets should not be empty |
      | {"NS": []} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"NS": []}}} | One or more parameter values were invalid: An number set  may not be empty |
      | {"SS": ["a", "a"]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"SS": ["a", "a"]}}} | One or more parameter values were invalid: Input collection [a, a] contains duplicates. |
      | {"BS": ["Yg==", "Yg=="]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"BS": ["Yg==", "Yg=="]}}} | One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates. |
      | {"S": "a", "N": "b"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"S": "a", "N": "b"}}} | The parameter cannot be converted to a numeric value: b |
      | {"NS": ["1", "b"]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"NS": ["1", "b"]}}} | The parameter cannot be converted to a numeric value: b |
      | {"NS": ["1", "1"]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"NS": ["1", "1"]}}} | Input collection contains duplicates |
      | {"N": "123456789012345678901234567890123456789"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "123456789012345678901234567890123456789"}}} | Attempting to store more than 38 significant digits in a Number |
      | {"N": "-1.23456789012345678901234567890123456789"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "-1.23456789012345678901234567890123456789"}}} | Attempting to store more than 38 significant digits in a Number |
      | {"N": "1e126"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "1e126"}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "-1e126"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "-1e126"}}} | Number overflow. Attempting to store a number with magnitude larger than supported range |
      | {"N": "1e-131"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "1e-131"}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | {"N": "-1e-131"} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"N": "-1e-131"}}} | Number underflow. Attempting to store a number with magnitude smaller than supported range |
      | {} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {}}} | The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | {"M": {"a": {}}} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"M": {"a": {}}}}} | The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |
      | {"L": [{}]} | {"TableName": "abc", "Segment": 1, "FilterExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}, "ExclusiveStartKey": {"a": {"L": [{}]}}} | The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes |

  Scenario Outline: A ScanFilter condition with the wrong number of values is refused: <filter>
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | filter | body | message |
      | {"a": {"ComparisonOperator": "EQ"}, "b": {"ComparisonOperator": "NULL"}, "c": {"ComparisonOperator": "NULL"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ"}, "b": {"ComparisonOperator": "NULL"}, "c": {"ComparisonOperator": "NULL"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator |
      | {"a": {"ComparisonOperator": "EQ"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator |
      | {"a": {"ComparisonOperator": "NE"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NE"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NE ComparisonOperator |
      | {"a": {"ComparisonOperator": "LE"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the LE ComparisonOperator |
      | {"a": {"ComparisonOperator": "LT"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the LT ComparisonOperator |
      | {"a": {"ComparisonOperator": "GE"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the GE ComparisonOperator |
      | {"a": {"ComparisonOperator": "GT"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the GT ComparisonOperator |
      | {"a": {"ComparisonOperator": "CONTAINS"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the CONTAINS ComparisonOperator |
      | {"a": {"ComparisonOperator": "NOT_CONTAINS"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NOT_CONTAINS ComparisonOperator |
      | {"a": {"ComparisonOperator": "BEGINS_WITH"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the BEGINS_WITH ComparisonOperator |
      | {"a": {"ComparisonOperator": "IN"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the IN ComparisonOperator |
      | {"a": {"ComparisonOperator": "BETWEEN"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator |
      | {"a": {"ComparisonOperator": "EQ", "AttributeValueList": []}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": []}}} | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator |
      | {"a": {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator |
      | {"a": {"ComparisonOperator": "NOT_NULL", "AttributeValueList": [{"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_NULL", "AttributeValueList": [{"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NOT_NULL ComparisonOperator |
      | {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator |
      | {"a": {"ComparisonOperator": "NE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NE ComparisonOperator |
      | {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the LE ComparisonOperator |
      | {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the LT ComparisonOperator |
      | {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the GE ComparisonOperator |
      | {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the GT ComparisonOperator |
      | {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the CONTAINS ComparisonOperator |
      | {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NOT_CONTAINS ComparisonOperator |
      | {"a": {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator |
      | {"a": {"ComparisonOperator": "NOT_NULL", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_NULL", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NOT_NULL ComparisonOperator |
      | {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"S": "a"}, {"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"S": "a"}, {"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator |

  @strict
  Scenario Outline: A ScanFilter condition with the wrong number of values is refused with DynamoDB's message: <filter>
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | filter | body | message |
      | {"a": {"ComparisonOperator": "EQ"}, "b": {"ComparisonOperator": "NULL"}, "c": {"ComparisonOperator": "NULL"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ"}, "b": {"ComparisonOperator": "NULL"}, "c": {"ComparisonOperator": "NULL"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator |
      | {"a": {"ComparisonOperator": "EQ"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator |
      | {"a": {"ComparisonOperator": "NE"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NE"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NE ComparisonOperator |
      | {"a": {"ComparisonOperator": "LE"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the LE ComparisonOperator |
      | {"a": {"ComparisonOperator": "LT"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the LT ComparisonOperator |
      | {"a": {"ComparisonOperator": "GE"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the GE ComparisonOperator |
      | {"a": {"ComparisonOperator": "GT"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the GT ComparisonOperator |
      | {"a": {"ComparisonOperator": "CONTAINS"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the CONTAINS ComparisonOperator |
      | {"a": {"ComparisonOperator": "NOT_CONTAINS"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NOT_CONTAINS ComparisonOperator |
      | {"a": {"ComparisonOperator": "BEGINS_WITH"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the BEGINS_WITH ComparisonOperator |
      | {"a": {"ComparisonOperator": "IN"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the IN ComparisonOperator |
      | {"a": {"ComparisonOperator": "BETWEEN"}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN"}}} | One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator |
      | {"a": {"ComparisonOperator": "EQ", "AttributeValueList": []}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": []}}} | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator |
      | {"a": {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator |
      | {"a": {"ComparisonOperator": "NOT_NULL", "AttributeValueList": [{"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_NULL", "AttributeValueList": [{"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NOT_NULL ComparisonOperator |
      | {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator |
      | {"a": {"ComparisonOperator": "NE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NE ComparisonOperator |
      | {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the LE ComparisonOperator |
      | {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the LT ComparisonOperator |
      | {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the GE ComparisonOperator |
      | {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the GT ComparisonOperator |
      | {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the CONTAINS ComparisonOperator |
      | {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NOT_CONTAINS ComparisonOperator |
      | {"a": {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NULL", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator |
      | {"a": {"ComparisonOperator": "NOT_NULL", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_NULL", "AttributeValueList": [{"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the NOT_NULL ComparisonOperator |
      | {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"S": "a"}, {"S": "a"}, {"S": "a"}]}} | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"S": "a"}, {"S": "a"}, {"S": "a"}]}}} | One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator |

  Scenario Outline: A ScanFilter <operator> with a value of a type it does not take is refused: <values>
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | operator | values | body | message |
      | LT | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for BOOL AttributeValue type |
      | LT | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for NULL AttributeValue type |
      | LT | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for SS AttributeValue type |
      | LT | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for NS AttributeValue type |
      | LT | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for BS AttributeValue type |
      | LT | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for M AttributeValue type |
      | LT | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for L AttributeValue type |
      | LE | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for BOOL AttributeValue type |
      | LE | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for NULL AttributeValue type |
      | LE | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for SS AttributeValue type |
      | LE | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for NS AttributeValue type |
      | LE | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for BS AttributeValue type |
      | LE | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for M AttributeValue type |
      | LE | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for L AttributeValue type |
      | GT | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for BOOL AttributeValue type |
      | GT | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for NULL AttributeValue type |
      | GT | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for SS AttributeValue type |
      | GT | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for NS AttributeValue type |
      | GT | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for BS AttributeValue type |
      | GT | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for M AttributeValue type |
      | GT | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for L AttributeValue type |
      | GE | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for BOOL AttributeValue type |
      | GE | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for NULL AttributeValue type |
      | GE | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for SS AttributeValue type |
      | GE | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for NS AttributeValue type |
      | GE | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for BS AttributeValue type |
      | GE | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for M AttributeValue type |
      | GE | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for L AttributeValue type |
      | IN | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for BOOL AttributeValue type |
      | IN | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for NULL AttributeValue type |
      | IN | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for SS AttributeValue type |
      | IN | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for NS AttributeValue type |
      | IN | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for BS AttributeValue type |
      | IN | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for M AttributeValue type |
      | IN | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for L AttributeValue type |
      | CONTAINS | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for SS AttributeValue type |
      | CONTAINS | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for NS AttributeValue type |
      | CONTAINS | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for BS AttributeValue type |
      | CONTAINS | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for M AttributeValue type |
      | CONTAINS | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for L AttributeValue type |
      | NOT_CONTAINS | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for SS AttributeValue type |
      | NOT_CONTAINS | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for NS AttributeValue type |
      | NOT_CONTAINS | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for BS AttributeValue type |
      | NOT_CONTAINS | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for M AttributeValue type |
      | NOT_CONTAINS | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for L AttributeValue type |
      | BETWEEN | [{"BOOL": true}, {"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"BOOL": true}, {"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for BOOL AttributeValue type |
      | BETWEEN | [{"NULL": true}, {"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"NULL": true}, {"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for NULL AttributeValue type |
      | BETWEEN | [{"SS": ["a"]}, {"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"SS": ["a"]}, {"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for SS AttributeValue type |
      | BETWEEN | [{"NS": ["1"]}, {"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"NS": ["1"]}, {"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for NS AttributeValue type |
      | BETWEEN | [{"BS": ["abcd"]}, {"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"BS": ["abcd"]}, {"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for BS AttributeValue type |
      | BETWEEN | [{"M": {}}, {"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"M": {}}, {"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for M AttributeValue type |
      | BETWEEN | [{"L": []}, {"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"L": []}, {"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for L AttributeValue type |
      | BEGINS_WITH | [{"N": "1"}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"N": "1"}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type |
      | BEGINS_WITH | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for BOOL AttributeValue type |
      | BEGINS_WITH | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for NULL AttributeValue type |
      | BEGINS_WITH | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for SS AttributeValue type |
      | BEGINS_WITH | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for NS AttributeValue type |
      | BEGINS_WITH | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for BS AttributeValue type |
      | BEGINS_WITH | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for M AttributeValue type |
      | BEGINS_WITH | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for L AttributeValue type |

  @strict
  Scenario Outline: A ScanFilter <operator> with a value of a type it does not take is refused with DynamoDB's message: <values>
    When I send Scan with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | operator | values | body | message |
      | LT | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for BOOL AttributeValue type |
      | LT | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for NULL AttributeValue type |
      | LT | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for SS AttributeValue type |
      | LT | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for NS AttributeValue type |
      | LT | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for BS AttributeValue type |
      | LT | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for M AttributeValue type |
      | LT | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LT", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator LT is not valid for L AttributeValue type |
      | LE | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for BOOL AttributeValue type |
      | LE | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for NULL AttributeValue type |
      | LE | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for SS AttributeValue type |
      | LE | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for NS AttributeValue type |
      | LE | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for BS AttributeValue type |
      | LE | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for M AttributeValue type |
      | LE | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "LE", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator LE is not valid for L AttributeValue type |
      | GT | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for BOOL AttributeValue type |
      | GT | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for NULL AttributeValue type |
      | GT | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for SS AttributeValue type |
      | GT | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for NS AttributeValue type |
      | GT | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for BS AttributeValue type |
      | GT | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for M AttributeValue type |
      | GT | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GT", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator GT is not valid for L AttributeValue type |
      | GE | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for BOOL AttributeValue type |
      | GE | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for NULL AttributeValue type |
      | GE | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for SS AttributeValue type |
      | GE | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for NS AttributeValue type |
      | GE | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for BS AttributeValue type |
      | GE | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for M AttributeValue type |
      | GE | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "GE", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator GE is not valid for L AttributeValue type |
      | IN | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for BOOL AttributeValue type |
      | IN | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for NULL AttributeValue type |
      | IN | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for SS AttributeValue type |
      | IN | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for NS AttributeValue type |
      | IN | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for BS AttributeValue type |
      | IN | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for M AttributeValue type |
      | IN | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "IN", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator IN is not valid for L AttributeValue type |
      | CONTAINS | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for SS AttributeValue type |
      | CONTAINS | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for NS AttributeValue type |
      | CONTAINS | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for BS AttributeValue type |
      | CONTAINS | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for M AttributeValue type |
      | CONTAINS | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "CONTAINS", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for L AttributeValue type |
      | NOT_CONTAINS | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for SS AttributeValue type |
      | NOT_CONTAINS | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for NS AttributeValue type |
      | NOT_CONTAINS | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for BS AttributeValue type |
      | NOT_CONTAINS | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for M AttributeValue type |
      | NOT_CONTAINS | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator NOT_CONTAINS is not valid for L AttributeValue type |
      | BETWEEN | [{"BOOL": true}, {"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"BOOL": true}, {"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for BOOL AttributeValue type |
      | BETWEEN | [{"NULL": true}, {"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"NULL": true}, {"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for NULL AttributeValue type |
      | BETWEEN | [{"SS": ["a"]}, {"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"SS": ["a"]}, {"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for SS AttributeValue type |
      | BETWEEN | [{"NS": ["1"]}, {"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"NS": ["1"]}, {"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for NS AttributeValue type |
      | BETWEEN | [{"BS": ["abcd"]}, {"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"BS": ["abcd"]}, {"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for BS AttributeValue type |
      | BETWEEN | [{"M": {}}, {"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"M": {}}, {"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for M AttributeValue type |
      | BETWEEN | [{"L": []}, {"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"L": []}, {"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator BETWEEN is not valid for L AttributeValue type |
      | BEGINS_WITH | [{"N": "1"}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"N": "1"}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type |
      | BEGINS_WITH | [{"BOOL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"BOOL": true}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for BOOL AttributeValue type |
      | BEGINS_WITH | [{"NULL": true}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"NULL": true}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for NULL AttributeValue type |
      | BEGINS_WITH | [{"SS": ["a"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"SS": ["a"]}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for SS AttributeValue type |
      | BEGINS_WITH | [{"NS": ["1"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"NS": ["1"]}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for NS AttributeValue type |
      | BEGINS_WITH | [{"BS": ["abcd"]}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"BS": ["abcd"]}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for BS AttributeValue type |
      | BEGINS_WITH | [{"M": {}}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"M": {}}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for M AttributeValue type |
      | BEGINS_WITH | [{"L": []}] | {"TableName": "abc", "Segment": 1, "ExclusiveStartKey": {"a": {}}, "ScanFilter": {"a": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"L": []}]}}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for L AttributeValue type |

  Scenario Outline: A table that does not exist is reported before its starting key is judged: <key>
    When I call Scan with:
      """
      {"TableName": "Nonexistent", "ExclusiveStartKey": <key>}
      """
    Then the request fails with ResourceNotFoundException

    Examples:
      | key |
      | {} |
      | {"b": {"S": "a"}} |
      | {"a": {"S": "a"}, "b": {"S": "a"}} |

  @strict
  Scenario Outline: An index the table does not have is reported before its starting key is judged: <table>, <key>
    When I call Scan with:
      """
      {"TableName": "<table>", "IndexName": "whatever", "FilterExpression": "attribute_exists(a.b.c)", "ExclusiveStartKey": <key>}
      """
    Then the request fails with ValidationException
    And the error message is "The table does not have the specified index: whatever"

    Examples:
      | table | key |
      | Employee | {} |
      | Employee | {"LoginAlias": {"S": "a"}, "b": {"S": "a"}, "c": {"S": "a"}} |
      | Employee | {"z": {"S": "a"}, "y": {"S": "a"}, "x": {"S": "a"}} |
      | Thread | {} |
      | Thread | {"z": {"S": "a"}} |
      | Thread | {"ForumName": {"S": "a"}, "Subject": {"S": "a"}, "c": {"S": "a"}} |
      | Thread | {"z": {"S": "a"}, "y": {"S": "a"}, "x": {"S": "a"}, "w": {"S": "a"}} |

  Scenario Outline: A starting key that is not a key of the table is refused: <table>, <key>
    When I call Scan with:
      """
      {"TableName": "<table>", "FilterExpression": "attribute_exists(a.b.c)", "ExclusiveStartKey": <key>}
      """
    Then the request fails with ValidationException

    Examples:
      | table | key |
      | Employee | {} |
      | Employee | {"b": {"S": "a"}} |
      | Employee | {"LoginAlias": {"S": "a"}, "b": {"S": "a"}} |
      | Employee | {"LoginAlias": {"B": "abcd"}} |
      | Employee | {"LoginAlias": {"N": "1"}} |
      | Employee | {"LoginAlias": {"BOOL": true}} |
      | Employee | {"LoginAlias": {"NULL": true}} |
      | Employee | {"LoginAlias": {"SS": ["a"]}} |
      | Employee | {"LoginAlias": {"NS": ["1"]}} |
      | Employee | {"LoginAlias": {"BS": ["aaaa"]}} |
      | Employee | {"LoginAlias": {"M": {}}} |
      | Employee | {"LoginAlias": {"L": []}} |
      | Thread | {} |
      | Thread | {"z": {"N": "1"}} |
      | Thread | {"Subject": {"S": "a"}, "c": {"S": "b"}} |
      | Thread | {"ForumName": {"B": "abcd"}} |
      | Thread | {"ForumName": {"S": "a"}} |
      | Thread | {"ForumName": {"N": "1"}, "Subject": {"S": "a"}, "c": {"S": "b"}} |
      | Thread | {"ForumName": {"N": "1"}, "Subject": {"N": "1"}, "z": {"N": "1"}} |
      | Thread | {"ForumName": {"N": "1"}, "z": {"S": "a"}} |
      | Thread | {"ForumName": {"B": "YQ=="}, "Subject": {"S": "a"}} |
      | Thread | {"ForumName": {"S": "a"}, "c": {"N": "1"}} |
      | Thread | {"ForumName": {"S": "a"}, "z": {"S": "1"}} |
      | Thread | {"ForumName": {"S": "a"}, "Subject": {"S": "1"}, "c": {"S": "1"}} |
      | Thread | {"ForumName": {"S": "a"}, "Subject": {"N": "1"}} |
      | Thread | {"ForumName": {"S": "a"}, "Subject": {"B": "YQ=="}} |

  @strict
  Scenario Outline: A starting key that is not a key of the table is refused with DynamoDB's message: <table>, <key>
    When I call Scan with:
      """
      {"TableName": "<table>", "FilterExpression": "attribute_exists(a.b.c)", "ExclusiveStartKey": <key>}
      """
    Then the request fails with ValidationException
    And the error message is "The provided starting key is invalid: The provided key element does not match the schema"

    Examples:
      | table | key |
      | Employee | {} |
      | Employee | {"b": {"S": "a"}} |
      | Employee | {"LoginAlias": {"S": "a"}, "b": {"S": "a"}} |
      | Employee | {"LoginAlias": {"B": "abcd"}} |
      | Employee | {"LoginAlias": {"N": "1"}} |
      | Employee | {"LoginAlias": {"BOOL": true}} |
      | Employee | {"LoginAlias": {"NULL": true}} |
      | Employee | {"LoginAlias": {"SS": ["a"]}} |
      | Employee | {"LoginAlias": {"NS": ["1"]}} |
      | Employee | {"LoginAlias": {"BS": ["aaaa"]}} |
      | Employee | {"LoginAlias": {"M": {}}} |
      | Employee | {"LoginAlias": {"L": []}} |
      | Thread | {} |
      | Thread | {"z": {"N": "1"}} |
      | Thread | {"Subject": {"S": "a"}, "c": {"S": "b"}} |
      | Thread | {"ForumName": {"B": "abcd"}} |
      | Thread | {"ForumName": {"S": "a"}} |
      | Thread | {"ForumName": {"N": "1"}, "Subject": {"S": "a"}, "c": {"S": "b"}} |
      | Thread | {"ForumName": {"N": "1"}, "Subject": {"N": "1"}, "z": {"N": "1"}} |
      | Thread | {"ForumName": {"N": "1"}, "z": {"S": "a"}} |
      | Thread | {"ForumName": {"B": "YQ=="}, "Subject": {"S": "a"}} |
      | Thread | {"ForumName": {"S": "a"}, "c": {"N": "1"}} |
      | Thread | {"ForumName": {"S": "a"}, "z": {"S": "1"}} |
      | Thread | {"ForumName": {"S": "a"}, "Subject": {"S": "1"}, "c": {"S": "1"}} |
      | Thread | {"ForumName": {"S": "a"}, "Subject": {"N": "1"}} |
      | Thread | {"ForumName": {"S": "a"}, "Subject": {"B": "YQ=="}} |

  Scenario Outline: A ScanFilter and a FilterExpression keep the same items: b EQ <value>
    Given the items in Employee:
      """
      [{"LoginAlias": {"S": "e1"}, "b": {"S": "1234"}}, {"LoginAlias": {"S": "e2"}, "b": {"N": "1234"}}, {"LoginAlias": {"S": "e3"}, "b": {"B": "1234"}}, {"LoginAlias": {"S": "e4"}, "b": {"SS": ["a", "b"]}}, {"LoginAlias": {"S": "e5"}, "b": {"SS": ["a", "b", "c"]}}, {"LoginAlias": {"S": "e6"}, "b": {"NS": ["1", "2"]}}, {"LoginAlias": {"S": "e7"}, "b": {"NS": ["1", "2", "3"]}}, {"LoginAlias": {"S": "e8"}, "b": {"BS": ["Yg==", "abcd"]}}, {"LoginAlias": {"S": "e9"}, "b": {"BS": ["Yg==", "abcd", "1234"]}}, {"LoginAlias": {"S": "e10"}}]
      """
    When I scan Employee with:
      """
      <request>
      """
    Then the scan returns these items in any order:
      """
      <kept>
      """

    Examples:
      | value | request | kept |
      | {"S": "1234"} | {"ScanFilter": {"b": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "1234"}]}}, "AttributesToGet": ["LoginAlias"]} | [{"LoginAlias": {"S": "e1"}}] |
      | {"S": "1234"} | {"FilterExpression": "b = :b", "ExpressionAttributeValues": {":b": {"S": "1234"}}, "ProjectionExpression": "LoginAlias"} | [{"LoginAlias": {"S": "e1"}}] |
      | {"N": "1234"} | {"ScanFilter": {"b": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "1234"}]}}, "AttributesToGet": ["LoginAlias"]} | [{"LoginAlias": {"S": "e2"}}] |
      | {"N": "1234"} | {"FilterExpression": "b = :b", "ExpressionAttributeValues": {":b": {"N": "1234"}}, "ProjectionExpression": "LoginAlias"} | [{"LoginAlias": {"S": "e2"}}] |
      | {"B": "1234"} | {"ScanFilter": {"b": {"ComparisonOperator": "EQ", "AttributeValueList": [{"B": "1234"}]}}, "AttributesToGet": ["LoginAlias"]} | [{"LoginAlias": {"S": "e3"}}] |
      | {"B": "1234"} | {"FilterExpression": "b = :b", "ExpressionAttributeValues": {":b": {"B": "1234"}}, "ProjectionExpression": "LoginAlias"} | [{"LoginAlias": {"S": "e3"}}] |
      | {"SS": ["b", "a"]} | {"ScanFilter": {"b": {"ComparisonOperator": "EQ", "AttributeValueList": [{"SS": ["b", "a"]}]}}, "AttributesToGet": ["LoginAlias"]} | [{"LoginAlias": {"S": "e4"}}] |
      | {"SS": ["b", "a"]} | {"FilterExpression": "b = :b", "ExpressionAttributeValues": {":b": {"SS": ["b", "a"]}}, "ProjectionExpression": "LoginAlias"} | [{"LoginAlias": {"S": "e4"}}] |
      | {"NS": ["2", "1"]} | {"ScanFilter": {"b": {"ComparisonOperator": "EQ", "AttributeValueList": [{"NS": ["2", "1"]}]}}, "AttributesToGet": ["LoginAlias"]} | [{"LoginAlias": {"S": "e6"}}] |
      | {"NS": ["2", "1"]} | {"FilterExpression": "b = :b", "ExpressionAttributeValues": {":b": {"NS": ["2", "1"]}}, "ProjectionExpression": "LoginAlias"} | [{"LoginAlias": {"S": "e6"}}] |
      | {"BS": ["abcd", "Yg=="]} | {"ScanFilter": {"b": {"ComparisonOperator": "EQ", "AttributeValueList": [{"BS": ["abcd", "Yg=="]}]}}, "AttributesToGet": ["LoginAlias"]} | [{"LoginAlias": {"S": "e8"}}] |
      | {"BS": ["abcd", "Yg=="]} | {"FilterExpression": "b = :b", "ExpressionAttributeValues": {":b": {"BS": ["abcd", "Yg=="]}}, "ProjectionExpression": "LoginAlias"} | [{"LoginAlias": {"S": "e8"}}] |
      | {"S": "nothing"} | {"ScanFilter": {"b": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "nothing"}]}}, "AttributesToGet": ["LoginAlias"]} | [] |
      | {"S": "nothing"} | {"FilterExpression": "b = :b", "ExpressionAttributeValues": {":b": {"S": "nothing"}}, "ProjectionExpression": "LoginAlias"} | [] |

  @strict
  Scenario Outline: A filter that reaches into a key attribute is refused with DynamoDB's message: <filter>
    When I scan Employee with:
      """
      {"FilterExpression": "<filter>", "ExpressionAttributeNames": {"#a": "LoginAlias"}}
      """
    Then the request fails with ValidationException
    And the error message is "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: LoginAlias"

    Examples:
      | filter |
      | attribute_exists(LoginAlias.b.c) and #a = b |
      | attribute_exists(#a.b.c) |
      | attribute_exists(#a[0]) |

  # Scan.html, "Filter expressions for Scan": a scan's filter may name any attribute, the key
  # among them (only a query's filter may not: Query.FilterExpression.html); only a path into a
  # key attribute is refused, above.
  Scenario: A filter that names a key attribute whole keeps the items it matches
    Given the items in Thread:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, {"ForumName": {"S": "EC2"}, "Subject": {"S": "b"}}]
      """
    When I scan Thread with:
      """
      {"FilterExpression": "ForumName = :f AND Subject = :s", "ExpressionAttributeValues": {":f": {"S": "S3"}, ":s": {"S": "a"}}}
      """
    Then the scan returns these items in any order:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}]
      """

  # Expressions.ExpressionAttributeValues.html and Expressions.ExpressionAttributeNames.html: every
  # placeholder given must be used (the message as dynalite's suite records it of live DynamoDB).
  @strict
  Scenario Outline: A scan with a <kind> placeholder its expressions do not use is refused
    When I scan Employee with:
      """
      {"FilterExpression": "LoginAlias = :a", <members>}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | kind  | members                                                                                   | message                                                                       |
      | value | "ExpressionAttributeValues": {":a": {"S": "x"}, ":b": {"S": "y"}}                          | Value provided in ExpressionAttributeValues unused in expressions: keys: {:b} |
      | name  | "ExpressionAttributeValues": {":a": {"S": "x"}}, "ExpressionAttributeNames": {"#n": "a"}   | Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}  |

  # API_Scan.html, Limit: "Type: Integer", "Valid Range: Minimum value of 1" and no maximum.
  Scenario: A Limit of 2147483647, the largest an Integer holds, is accepted
    When I send Scan with the raw body:
      """
      {"TableName": "${Employee}", "Limit": 2147483647}
      """
    Then the request succeeds

  Scenario: A Limit of -2147483648, the smallest an Integer holds, is refused for its range
    When I send Scan with the raw body:
      """
      {"TableName": "${Employee}", "Limit": -2147483648}
      """
    Then the request fails with ValidationException

  @strict
  Scenario Outline: A well-formed Scan of an index whose name breaks its rules is refused for the name: <problem>
    # API_Scan.html, IndexName: "Length Constraints: Minimum length of 3. Maximum length of 255",
    # "Pattern: [a-zA-Z0-9_.-]+". The name is judged before the table is looked up for the index.
    When I send Scan with the raw body:
      """
      {"TableName": "Employee", "IndexName": "<name>"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value '<name>' at 'indexName' failed to satisfy constraint: Member <rule>
      """

    Examples:
      | problem                        | name    | rule |
      | two characters                 | ix      | must have length greater than or equal to 3 |
      | 256 characters                 | iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii | must have length less than or equal to 255 |
      | a character outside the pattern | ByAge!x | must satisfy regular expression pattern: [a-zA-Z0-9_.-]+ |

  Scenario: A well-formed Scan refuses a Select outside its four values
    # API_Scan.html, Select: "Valid Values: ALL_ATTRIBUTES | ALL_PROJECTED_ATTRIBUTES | SPECIFIC_ATTRIBUTES | COUNT".
    When I send Scan with the raw body:
      """
      {"TableName": "Employee", "Select": "ALL"}
      """
    Then the request fails with ValidationException

  Scenario Outline: A well-formed Scan is refused for <case>
    # API_Scan.html: Segment "Valid Range: Minimum value of 0. Maximum value of 999999";
    # TotalSegments "Valid Range: Minimum value of 1. Maximum value of 1000000". Each is judged
    # before the table is looked for (an IndexName outside its pattern: the outline above).
    When I send Scan with the raw body:
      """
      {"TableName": "${Employee}", <members>}
      """
    Then the request fails with ValidationException

    Examples:
      | case                                 | members |
      | a TotalSegments above 1000000        | "Segment": 0, "TotalSegments": 1000001 |
      | a Segment above 999999               | "Segment": 1000000, "TotalSegments": 1000000 |
      | a Segment and a TotalSegments each above its range | "Segment": 1000000, "TotalSegments": 1000001 |

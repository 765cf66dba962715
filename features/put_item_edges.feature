# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html (ReturnValues: "The ReturnValues parameter is used by several DynamoDB operations; however, PutItem does not recognize any values other than NONE or ALL_OLD"; Item: "You must provide all of the attributes for the primary key"; key attribute values: "For a key attribute, ... values must be ... non-empty"; errors ResourceNotFoundException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html (Exists with and without Value; ComparisonOperator with AttributeValueList or Value, not both; the number of values each operator takes)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html and Expressions.ExpressionAttributeValues.html (a name placeholder begins with #, a value placeholder with :)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html (empty String and Binary values are allowed except in key attributes)
# Record: dynalite's test suite, which records live DynamoDB's answers (putItem validations: each exact message of the @strict scenarios, a request with neither TableName nor Item; a missing table reported before an item without its key)
# Seed: "To create an item, use **PutItem** action. Requires the partition key and the sort key if there is one in the table."
@put_item_edges
Feature: PutItem at the edges of its rules
  PutItem refuses, before writing anything, an item without its key or with a key of another
  type or an empty key value, ReturnValues it does not take, legacy Expected conditions that mix
  their members wrongly, and placeholders that are not placeholders. A table that does not exist
  is reported before any of the item's own problems.

  Background:
    Given a table Employee keyed by LoginAlias

  Scenario: A table that does not exist is reported before an item without its key
    When I put an item into Nonexistent:
      """
      {}
      """
    Then the request fails with ResourceNotFoundException

  # Its message is not asserted: dynalite's suite records "ReturnValues can only be ALL_OLD or
  # NONE", other records of DynamoDB's answer give "Return values set to invalid value".
  Scenario Outline: PutItem takes no ReturnValues but NONE and ALL_OLD: <returnValues>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "<returnValues>"}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

    Examples:
      | returnValues |
      | UPDATED_OLD  |
      | ALL_NEW      |
      | UPDATED_NEW  |

  @strict
  Scenario Outline: An item without its key, or with a key of another type, is refused naming the key: <item>
    When I put an item into Employee:
      """
      <item>
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: <problem>"

    Examples:
      | item                              | problem                                                  |
      | {}                                | Missing the key LoginAlias in the item                   |
      | {"b": {"S": "a"}}                 | Missing the key LoginAlias in the item                   |
      | {"LoginAlias": {"B": "abcd"}}     | Type mismatch for key LoginAlias expected: S actual: B    |
      | {"LoginAlias": {"N": "1"}}        | Type mismatch for key LoginAlias expected: S actual: N    |
      | {"LoginAlias": {"BOOL": true}}    | Type mismatch for key LoginAlias expected: S actual: BOOL |
      | {"LoginAlias": {"NULL": true}}    | Type mismatch for key LoginAlias expected: S actual: NULL |
      | {"LoginAlias": {"SS": ["a"]}}     | Type mismatch for key LoginAlias expected: S actual: SS   |
      | {"LoginAlias": {"NS": ["1"]}}     | Type mismatch for key LoginAlias expected: S actual: NS   |
      | {"LoginAlias": {"BS": ["aaaa"]}}  | Type mismatch for key LoginAlias expected: S actual: BS   |
      | {"LoginAlias": {"M": {}}}         | Type mismatch for key LoginAlias expected: S actual: M    |
      | {"LoginAlias": {"L": []}}         | Type mismatch for key LoginAlias expected: S actual: L    |

  @strict
  Scenario: An item without the table's sort key is refused naming it
    Given a table Thread keyed by ForumName and sorted by Subject
    When I put an item into Thread:
      """
      {"ForumName": {"S": "S3"}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Missing the key Subject in the item"

  @strict
  Scenario: An empty string as a key value is refused, though empty strings are allowed elsewhere
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": ""}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: LoginAlias"

  @strict
  Scenario: An empty binary as a key value is refused
    Given I create a table Files with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Owner", "AttributeType": "S"}, {"AttributeName": "Digest", "AttributeType": "B"}],
       "KeySchema": [{"AttributeName": "Owner", "KeyType": "HASH"}, {"AttributeName": "Digest", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    When I put an item into Files:
      """
      {"Owner": {"S": "a"}, "Digest": {"B": ""}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: Digest"

  Scenario: Empty strings, binaries and sets of them outside the key are stored as they are
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"S": ""}, "c": {"B": ""}, "d": {"SS": [""]}, "e": {"BS": [""]}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "b": {"S": ""}, "c": {"B": ""}, "d": {"SS": [""]}, "e": {"BS": [""]}}
      """

  @strict
  Scenario Outline: A legacy Expected condition whose members do not go together is refused: <case>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"a": <condition>}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: <problem>"

    Examples:
      | case                                   | condition                                                                   | problem                                                                                 |
      | neither Value nor Exists               | {}                                                                          | Value must be provided when Exists is null for Attribute: a                             |
      | Exists true without Value              | {"Exists": true}                                                            | Value must be provided when Exists is true for Attribute: a                             |
      | Exists false with a Value              | {"Exists": false, "Value": {"S": "a"}}                                      | Value cannot be used when Exists is false for Attribute: a                              |
      | ComparisonOperator alone               | {"ComparisonOperator": "LT"}                                                | Value or AttributeValueList must be used with ComparisonOperator: LT for Attribute: a   |
      | Exists with ComparisonOperator         | {"Exists": true, "ComparisonOperator": "LT"}                                | Exists and ComparisonOperator cannot be used together for Attribute: a                  |
      | Value with AttributeValueList          | {"AttributeValueList": [{"S": "a"}], "Value": {"S": "a"}, "ComparisonOperator": "LT"} | Value and AttributeValueList cannot be used together for Attribute: a          |
      | AttributeValueList without an operator | {"AttributeValueList": [{"S": "a"}]}                                        | AttributeValueList can only be used with a ComparisonOperator for Attribute: a          |
      | AttributeValueList with Exists         | {"Exists": true, "AttributeValueList": [{"S": "a"}]}                        | AttributeValueList can only be used with a ComparisonOperator for Attribute: a          |
      | EQ with no values                      | {"AttributeValueList": [], "ComparisonOperator": "EQ"}                      | Invalid number of argument(s) for the EQ ComparisonOperator                             |
      | NULL with a value                      | {"AttributeValueList": [{"S": "a"}], "ComparisonOperator": "NULL"}          | Invalid number of argument(s) for the NULL ComparisonOperator                           |
      | IN with no values                      | {"AttributeValueList": [], "ComparisonOperator": "IN"}                      | Invalid number of argument(s) for the IN ComparisonOperator                             |
      | BETWEEN with three values              | {"AttributeValueList": [{"N": "1"}, {"N": "10"}, {"N": "12"}], "ComparisonOperator": "BETWEEN"} | Invalid number of argument(s) for the BETWEEN ComparisonOperator  |
      | NULL with a Value                      | {"Value": {"S": "a"}, "ComparisonOperator": "NULL"}                         | Invalid number of argument(s) for the NULL ComparisonOperator                           |
      | BETWEEN with a Value                   | {"Value": {"S": "a"}, "ComparisonOperator": "BETWEEN"}                      | Invalid number of argument(s) for the BETWEEN ComparisonOperator                        |

  Scenario: A legacy Expected condition with a ComparisonOperator outside the enumeration is refused and nothing is written
    # API_ExpectedAttributeValue.html: ComparisonOperator "Valid Values: EQ | NE | IN | LE | LT | GE | GT | BETWEEN | NOT_NULL | NULL | CONTAINS | NOT_CONTAINS | BEGINS_WITH"
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"a": {"ComparisonOperator": "XX", "AttributeValueList": [{"S": "a"}]}}}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  @strict
  Scenario Outline: A placeholder that does not begin with its sign is refused: <member>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_not_exists(LoginAlias)", "<member>": <placeholders>}
      """
    Then the request fails with ValidationException
    And the error message is "<member> contains invalid key: Syntax error; key: \"a\""

    Examples:
      | member                    | placeholders       |
      | ExpressionAttributeNames  | {"a": "a"}         |
      | ExpressionAttributeValues | {"a": {"S": "a"}}  |

  Scenario: A path token that begins with an underscore is a syntax error: attribute_not_exists(_c)
    Given a table Thread keyed by ForumName and sorted by Subject
    When I put an item into Thread with:
      """
      {"Item": {"ForumName": {"S": "a"}, "Subject": {"S": "b"}}, "ConditionExpression": "attribute_not_exists(_c)"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid ConditionExpression: Syntax error;"

  Scenario: A path token that begins with an underscore is a syntax error: attribute_not_exists(c._d)
    Given a table Thread keyed by ForumName and sorted by Subject
    When I put an item into Thread with:
      """
      {"Item": {"ForumName": {"S": "a"}, "Subject": {"S": "b"}}, "ConditionExpression": "attribute_not_exists(c._d)"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid ConditionExpression: Syntax error;"

  @strict
  Scenario: A request without TableName and Item lists both problems
    When I send PutItem with the raw body:
      """
      {}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'tableName' failed to satisfy constraint: Member must not be null
      Value null at 'item' failed to satisfy constraint: Member must not be null
      """

# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html ("Represents the data for an attribute. Each attribute value is described as a name-value pair ... exactly one of" S, N, B, SS, NS, BS, M, L, NULL, BOOL; NULL: "An attribute of type Null. For example: "NULL": true")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html (sets: "All of the elements within a set must be of the same type", "Each value within a set must be unique", "empty sets are not supported")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html (PUT, DELETE and ADD; "DELETE - ... If a set of values is specified, then those values are subtracted from the old set"; ADD applies to numbers and sets)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html (ValidationException)
# Record: dynalite's test suite, which records live DynamoDB's answers (putItem and updateItem validations: every exact message below, the words a Boolean member takes as a string, and which problem is reported when a request has several)
# Record: dynalite's validations/index.js, its note of what DynamoDB's parser reads where a Boolean is declared ("'true'/'false'/'1'/'0'/'no'/'yes' seem to convert fine"), and its suite's {NULL: 'no'}, refused as a NULL of false
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@attribute_value_edges
Feature: Attribute values that are not values are refused before any table is looked at
  An attribute value holds exactly one of its data types, a set holds at least one element and
  no element twice, and NULL is only ever true. A request that breaks one of these rules is
  refused with ValidationException before DynamoDB looks for its table, so the bodies below name
  a table that does not exist; in ExpressionAttributeValues the message also names the
  placeholder. A string where a Boolean is declared is read as the boolean it spells ("no" is
  false, "yes" true) rather than refused.

  @strict
  Scenario Outline: An attribute value without a data type is refused: <value>
    When I send PutItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Item": {"a": <value>}}
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
  Scenario Outline: An attribute value that breaks its type's rules is refused: <value>
    When I send PutItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Item": {"a": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: <problem>"

    Examples:
      | value                         | problem                                                 |
      | {"NULL": false}               | Null attribute value types must have the value of true  |
      | {"NULL": "no"}                | Null attribute value types must have the value of true  |
      | {"SS": []}                    | An string set  may not be empty                         |
      | {"NS": []}                    | An number set  may not be empty                         |
      | {"BS": []}                    | Binary sets should not be empty                         |
      | {"SS": ["a", "a"]}            | Input collection [a, a] contains duplicates.            |
      | {"BS": ["Yg==", "Yg=="]}      | Input collection [Yg==, Yg==]of type BS contains duplicates. |

  Scenario Outline: A NULL spelled as a word for true is a NULL of true, so the request goes on to find no table: <value>
    When I send PutItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Item": {"a": <value>}}
      """
    Then the request fails with ResourceNotFoundException

    Examples:
      | value            |
      | {"NULL": "true"} |
      | {"NULL": "yes"}  |
      | {"NULL": "1"}    |

  @strict
  Scenario: An attribute value with two data types is refused
    When I send PutItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Item": {"a": {"S": "a", "N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes"

  Scenario Outline: The same rules hold for a key, and a bad key value is reported before the missing table: <value>
    When I send GetItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {"a": <value>}}
      """
    Then the request fails with ValidationException

    Examples:
      | value                     |
      | {}                        |
      | {"NULL": false}           |
      | {"SS": []}                |
      | {"S": "a", "N": "1"}      |

  @strict
  Scenario Outline: A bad value in ExpressionAttributeValues is refused naming its placeholder: <value>
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "ExpressionAttributeValues": {":b": <value>}, "ConditionExpression": "", "UpdateExpression": ""}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeValues contains invalid value: <problem> for key :b"

    Examples:
      | value                     | problem                                                                                        |
      | {}                        | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes          |
      | {"M": {"a": {}}}          | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes          |
      | {"NULL": "no"}            | One or more parameter values were invalid: Null attribute value types must have the value of true |
      | {"SS": []}                | One or more parameter values were invalid: An string set  may not be empty                    |
      | {"SS": ["a", "a"]}        | One or more parameter values were invalid: Input collection [a, a] contains duplicates.       |
      | {"S": "a", "N": "b"}      | The parameter cannot be converted to a numeric value: b                                        |
      | {"NS": ["1", "1"]}        | Input collection contains duplicates                                                           |
      | {"S": "a", "N": "1"}      | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes |

  @strict
  Scenario: An AttributeUpdates action without a value must be DELETE, and that is reported before a bad Expected condition
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "Expected": {"a": {}}, "AttributeUpdates": {"a": {"x": "whatever"}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified"

  @strict
  Scenario Outline: AttributeUpdates' DELETE with a value takes only a set: <type>
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "AttributeUpdates": {"a": {"Action": "DELETE", "Value": <value>}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: DELETE action with value is not supported for the type <type>"

    Examples:
      | type | value            |
      | S    | {"S": "1"}       |
      | N    | {"N": "1"}       |
      | B    | {"B": "Yg=="}    |
      | NULL | {"NULL": true}   |
      | BOOL | {"BOOL": true}   |
      | M    | {"M": {}}        |
      | L    | {"L": []}        |

  @strict
  Scenario Outline: AttributeUpdates' ADD takes only a number or a set: <type>
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}, "AttributeUpdates": {"a": {"Action": "ADD", "Value": <value>}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: ADD action is not supported for the type <type>"

    Examples:
      | type | value            |
      | S    | {"S": "1"}       |
      | B    | {"B": "Yg=="}    |
      | NULL | {"NULL": true}   |
      | BOOL | {"BOOL": true}   |
      | M    | {"M": {}}        |

  Scenario: A table that does not exist is reported for an update whose key is empty
    When I send UpdateItem with the raw body:
      """
      {"TableName": "${Nowhere}", "Key": {}}
      """
    Then the request fails with ResourceNotFoundException

  Scenario Outline: A BOOL spelled as a word is stored as the boolean it spells: <word>
    # The words DynamoDB's parser reads where a Boolean is declared (dynalite's note, above): the
    # item keeps the boolean, not the string, and not the other boolean.
    Given a table Employee keyed by LoginAlias
    When I send PutItem with the raw body:
      """
      {"TableName": "${Employee}", "Item": {"LoginAlias": {"S": "janed"}, "Active": {"BOOL": "<word>"}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "janed"}, "Active": {"BOOL": <boolean>}}
      """

    Examples:
      | word  | boolean |
      | true  | true    |
      | yes   | true    |
      | false | false   |

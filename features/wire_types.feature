# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html, API_GetItem.html, API_Query.html, API_Scan.html, API_CreateTable.html, API_UpdateTable.html, API_ListTables.html, API_BatchWriteItem.html, API_BatchGetItem.html (each member's declared type: "Type: String", "Type: Integer", "Type: Long", "Type: Boolean", "Type: String to AttributeValue object map", "Type: Array of strings", "Type: ProvisionedThroughput object"); docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html (S, N: "Type: String"; B: "Type: Base64-encoded binary data object"; BOOL, NULL: "Type: Boolean"; SS, L: arrays; M: "Type: String to AttributeValue object map")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html ("Each error has three components: An HTTP status code (such as 400). An exception name ... An error message"; a request whose body DynamoDB cannot read is refused before it is acted on)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.LowLevelAPI.html (the request body is JSON; "The AWS SDKs ... serialize" each member with its declared type, so only a request written out by hand can break these rules)
# Record: dynalite's test suite, which records live DynamoDB's answers ("should return SerializationException when ... is not a string / an integer / a long / a boolean / a map / a list / a struct", its assertType table of the JSON values tried and the exact message each one gets: the @strict scenarios)
# Record: the AWS SDK for Java's base64 codec, whose message DynamoDB gives (aws/aws-sdk-java, aws-java-sdk-core com/amazonaws/util/CodecUtils.java, sanityCheckLastPos: the last character before the padding must be "a possible value produced via the respective encoding", its unused bits zero, whichever letter, digit or sign it is; dynalite's suite records the message for '+/+=')
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@wire_types
Feature: A member of the wrong JSON type is refused before anything else is judged
  Every member of a request has a declared type. A request written out by hand can give a
  member another JSON type than its declaration (a number where a string is declared, a list
  where a structure is), which no SDK does. DynamoDB refuses such a request with
  SerializationException before it looks at anything else: no table is read or written, and no
  other rule of the request is judged, so each body below holds the one wrong member and
  nothing else. The message names the JSON token found and the type that was declared.

  Scenario Outline: A String member given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | PutItem | TableName | true | {"TableName": true} |
      | PutItem | TableName | false | {"TableName": false} |
      | PutItem | TableName | a number | {"TableName": 23} |
      | PutItem | TableName | a decimal | {"TableName": 34.56} |
      | PutItem | TableName | a list | {"TableName": []} |
      | PutItem | TableName | a map | {"TableName": {}} |
      | PutItem | ConditionExpression | true | {"ConditionExpression": true} |
      | PutItem | ConditionExpression | false | {"ConditionExpression": false} |
      | PutItem | ConditionExpression | a number | {"ConditionExpression": 23} |
      | PutItem | ConditionExpression | a decimal | {"ConditionExpression": 34.56} |
      | PutItem | ConditionExpression | a list | {"ConditionExpression": []} |
      | PutItem | ConditionExpression | a map | {"ConditionExpression": {}} |
      | PutItem | ReturnValues | true | {"ReturnValues": true} |
      | PutItem | ReturnValues | false | {"ReturnValues": false} |
      | PutItem | ReturnValues | a number | {"ReturnValues": 23} |
      | PutItem | ReturnValues | a decimal | {"ReturnValues": 34.56} |
      | PutItem | ReturnValues | a list | {"ReturnValues": []} |
      | PutItem | ReturnValues | a map | {"ReturnValues": {}} |
      | PutItem | an attribute value's S | true | {"Item": {"a": {"S": true}}} |
      | PutItem | an attribute value's S | false | {"Item": {"a": {"S": false}}} |
      | PutItem | an attribute value's S | a number | {"Item": {"a": {"S": 23}}} |
      | PutItem | an attribute value's S | a decimal | {"Item": {"a": {"S": 34.56}}} |
      | PutItem | an attribute value's S | a list | {"Item": {"a": {"S": []}}} |
      | PutItem | an attribute value's S | a map | {"Item": {"a": {"S": {}}}} |
      | PutItem | an attribute value's N | true | {"Item": {"a": {"N": true}}} |
      | PutItem | an attribute value's N | false | {"Item": {"a": {"N": false}}} |
      | PutItem | an attribute value's N | a number | {"Item": {"a": {"N": 23}}} |
      | PutItem | an attribute value's N | a decimal | {"Item": {"a": {"N": 34.56}}} |
      | PutItem | an attribute value's N | a list | {"Item": {"a": {"N": []}}} |
      | PutItem | an attribute value's N | a map | {"Item": {"a": {"N": {}}}} |
      | PutItem | an element of an attribute value's SS | true | {"Item": {"a": {"SS": [true]}}} |
      | PutItem | an element of an attribute value's SS | false | {"Item": {"a": {"SS": [false]}}} |
      | PutItem | an element of an attribute value's SS | a number | {"Item": {"a": {"SS": [23]}}} |
      | PutItem | an element of an attribute value's SS | a decimal | {"Item": {"a": {"SS": [34.56]}}} |
      | PutItem | an element of an attribute value's SS | a list | {"Item": {"a": {"SS": [[]]}}} |
      | PutItem | an element of an attribute value's SS | a map | {"Item": {"a": {"SS": [{}]}}} |
      | PutItem | a value of ExpressionAttributeNames | true | {"ExpressionAttributeNames": {"#a": true}} |
      | PutItem | a value of ExpressionAttributeNames | false | {"ExpressionAttributeNames": {"#a": false}} |
      | PutItem | a value of ExpressionAttributeNames | a number | {"ExpressionAttributeNames": {"#a": 23}} |
      | PutItem | a value of ExpressionAttributeNames | a decimal | {"ExpressionAttributeNames": {"#a": 34.56}} |
      | PutItem | a value of ExpressionAttributeNames | a list | {"ExpressionAttributeNames": {"#a": []}} |
      | PutItem | a value of ExpressionAttributeNames | a map | {"ExpressionAttributeNames": {"#a": {}}} |
      | CreateTable | a KeySchema element's AttributeName | true | {"KeySchema": [{"AttributeName": true}]} |
      | CreateTable | a KeySchema element's AttributeName | false | {"KeySchema": [{"AttributeName": false}]} |
      | CreateTable | a KeySchema element's AttributeName | a number | {"KeySchema": [{"AttributeName": 23}]} |
      | CreateTable | a KeySchema element's AttributeName | a decimal | {"KeySchema": [{"AttributeName": 34.56}]} |
      | CreateTable | a KeySchema element's AttributeName | a list | {"KeySchema": [{"AttributeName": []}]} |
      | CreateTable | a KeySchema element's AttributeName | a map | {"KeySchema": [{"AttributeName": {}}]} |

  @strict
  Scenario Outline: A String member given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | PutItem | TableName | true | {"TableName": true} | TRUE_VALUE cannot be converted to String |
      | PutItem | TableName | false | {"TableName": false} | FALSE_VALUE cannot be converted to String |
      | PutItem | TableName | a number | {"TableName": 23} | NUMBER_VALUE cannot be converted to String |
      | PutItem | TableName | a decimal | {"TableName": 34.56} | DECIMAL_VALUE cannot be converted to String |
      | PutItem | TableName | a list | {"TableName": []} | Unrecognized collection type class java.lang.String |
      | PutItem | TableName | a map | {"TableName": {}} | Start of structure or map found where not expected |
      | PutItem | ConditionExpression | true | {"ConditionExpression": true} | TRUE_VALUE cannot be converted to String |
      | PutItem | ConditionExpression | false | {"ConditionExpression": false} | FALSE_VALUE cannot be converted to String |
      | PutItem | ConditionExpression | a number | {"ConditionExpression": 23} | NUMBER_VALUE cannot be converted to String |
      | PutItem | ConditionExpression | a decimal | {"ConditionExpression": 34.56} | DECIMAL_VALUE cannot be converted to String |
      | PutItem | ConditionExpression | a list | {"ConditionExpression": []} | Unrecognized collection type class java.lang.String |
      | PutItem | ConditionExpression | a map | {"ConditionExpression": {}} | Start of structure or map found where not expected |
      | PutItem | ReturnValues | true | {"ReturnValues": true} | TRUE_VALUE cannot be converted to String |
      | PutItem | ReturnValues | false | {"ReturnValues": false} | FALSE_VALUE cannot be converted to String |
      | PutItem | ReturnValues | a number | {"ReturnValues": 23} | NUMBER_VALUE cannot be converted to String |
      | PutItem | ReturnValues | a decimal | {"ReturnValues": 34.56} | DECIMAL_VALUE cannot be converted to String |
      | PutItem | ReturnValues | a list | {"ReturnValues": []} | Unrecognized collection type class java.lang.String |
      | PutItem | ReturnValues | a map | {"ReturnValues": {}} | Start of structure or map found where not expected |
      | PutItem | an attribute value's S | true | {"Item": {"a": {"S": true}}} | TRUE_VALUE cannot be converted to String |
      | PutItem | an attribute value's S | false | {"Item": {"a": {"S": false}}} | FALSE_VALUE cannot be converted to String |
      | PutItem | an attribute value's S | a number | {"Item": {"a": {"S": 23}}} | NUMBER_VALUE cannot be converted to String |
      | PutItem | an attribute value's S | a decimal | {"Item": {"a": {"S": 34.56}}} | DECIMAL_VALUE cannot be converted to String |
      | PutItem | an attribute value's S | a list | {"Item": {"a": {"S": []}}} | Unrecognized collection type class java.lang.String |
      | PutItem | an attribute value's S | a map | {"Item": {"a": {"S": {}}}} | Start of structure or map found where not expected |
      | PutItem | an attribute value's N | true | {"Item": {"a": {"N": true}}} | TRUE_VALUE cannot be converted to String |
      | PutItem | an attribute value's N | false | {"Item": {"a": {"N": false}}} | FALSE_VALUE cannot be converted to String |
      | PutItem | an attribute value's N | a number | {"Item": {"a": {"N": 23}}} | NUMBER_VALUE cannot be converted to String |
      | PutItem | an attribute value's N | a decimal | {"Item": {"a": {"N": 34.56}}} | DECIMAL_VALUE cannot be converted to String |
      | PutItem | an attribute value's N | a list | {"Item": {"a": {"N": []}}} | Unrecognized collection type class java.lang.String |
      | PutItem | an attribute value's N | a map | {"Item": {"a": {"N": {}}}} | Start of structure or map found where not expected |
      | PutItem | an element of an attribute value's SS | true | {"Item": {"a": {"SS": [true]}}} | TRUE_VALUE cannot be converted to String |
      | PutItem | an element of an attribute value's SS | false | {"Item": {"a": {"SS": [false]}}} | FALSE_VALUE cannot be converted to String |
      | PutItem | an element of an attribute value's SS | a number | {"Item": {"a": {"SS": [23]}}} | NUMBER_VALUE cannot be converted to String |
      | PutItem | an element of an attribute value's SS | a decimal | {"Item": {"a": {"SS": [34.56]}}} | DECIMAL_VALUE cannot be converted to String |
      | PutItem | an element of an attribute value's SS | a list | {"Item": {"a": {"SS": [[]]}}} | Unrecognized collection type class java.lang.String |
      | PutItem | an element of an attribute value's SS | a map | {"Item": {"a": {"SS": [{}]}}} | Start of structure or map found where not expected |
      | PutItem | a value of ExpressionAttributeNames | true | {"ExpressionAttributeNames": {"#a": true}} | TRUE_VALUE cannot be converted to String |
      | PutItem | a value of ExpressionAttributeNames | false | {"ExpressionAttributeNames": {"#a": false}} | FALSE_VALUE cannot be converted to String |
      | PutItem | a value of ExpressionAttributeNames | a number | {"ExpressionAttributeNames": {"#a": 23}} | NUMBER_VALUE cannot be converted to String |
      | PutItem | a value of ExpressionAttributeNames | a decimal | {"ExpressionAttributeNames": {"#a": 34.56}} | DECIMAL_VALUE cannot be converted to String |
      | PutItem | a value of ExpressionAttributeNames | a list | {"ExpressionAttributeNames": {"#a": []}} | Unrecognized collection type class java.lang.String |
      | PutItem | a value of ExpressionAttributeNames | a map | {"ExpressionAttributeNames": {"#a": {}}} | Start of structure or map found where not expected |
      | CreateTable | a KeySchema element's AttributeName | true | {"KeySchema": [{"AttributeName": true}]} | TRUE_VALUE cannot be converted to String |
      | CreateTable | a KeySchema element's AttributeName | false | {"KeySchema": [{"AttributeName": false}]} | FALSE_VALUE cannot be converted to String |
      | CreateTable | a KeySchema element's AttributeName | a number | {"KeySchema": [{"AttributeName": 23}]} | NUMBER_VALUE cannot be converted to String |
      | CreateTable | a KeySchema element's AttributeName | a decimal | {"KeySchema": [{"AttributeName": 34.56}]} | DECIMAL_VALUE cannot be converted to String |
      | CreateTable | a KeySchema element's AttributeName | a list | {"KeySchema": [{"AttributeName": []}]} | Unrecognized collection type class java.lang.String |
      | CreateTable | a KeySchema element's AttributeName | a map | {"KeySchema": [{"AttributeName": {}}]} | Start of structure or map found where not expected |

  Scenario Outline: An Integer member given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | Scan | Limit | a string | {"Limit": "23"} |
      | Scan | Limit | true | {"Limit": true} |
      | Scan | Limit | false | {"Limit": false} |
      | Scan | Limit | a list | {"Limit": []} |
      | Scan | Limit | a map | {"Limit": {}} |
      | Scan | Segment | a string | {"Segment": "23"} |
      | Scan | Segment | true | {"Segment": true} |
      | Scan | Segment | false | {"Segment": false} |
      | Scan | Segment | a list | {"Segment": []} |
      | Scan | Segment | a map | {"Segment": {}} |
      | Scan | TotalSegments | a string | {"TotalSegments": "23"} |
      | Scan | TotalSegments | true | {"TotalSegments": true} |
      | Scan | TotalSegments | false | {"TotalSegments": false} |
      | Scan | TotalSegments | a list | {"TotalSegments": []} |
      | Scan | TotalSegments | a map | {"TotalSegments": {}} |
      | ListTables | Limit | a string | {"Limit": "23"} |
      | ListTables | Limit | true | {"Limit": true} |
      | ListTables | Limit | false | {"Limit": false} |
      | ListTables | Limit | a list | {"Limit": []} |
      | ListTables | Limit | a map | {"Limit": {}} |

  @strict
  Scenario Outline: An Integer member given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | Scan | Limit | a string | {"Limit": "23"} | STRING_VALUE cannot be converted to Integer |
      | Scan | Limit | true | {"Limit": true} | TRUE_VALUE cannot be converted to Integer |
      | Scan | Limit | false | {"Limit": false} | FALSE_VALUE cannot be converted to Integer |
      | Scan | Limit | a list | {"Limit": []} | Unrecognized collection type class java.lang.Integer |
      | Scan | Limit | a map | {"Limit": {}} | Start of structure or map found where not expected |
      | Scan | Segment | a string | {"Segment": "23"} | STRING_VALUE cannot be converted to Integer |
      | Scan | Segment | true | {"Segment": true} | TRUE_VALUE cannot be converted to Integer |
      | Scan | Segment | false | {"Segment": false} | FALSE_VALUE cannot be converted to Integer |
      | Scan | Segment | a list | {"Segment": []} | Unrecognized collection type class java.lang.Integer |
      | Scan | Segment | a map | {"Segment": {}} | Start of structure or map found where not expected |
      | Scan | TotalSegments | a string | {"TotalSegments": "23"} | STRING_VALUE cannot be converted to Integer |
      | Scan | TotalSegments | true | {"TotalSegments": true} | TRUE_VALUE cannot be converted to Integer |
      | Scan | TotalSegments | false | {"TotalSegments": false} | FALSE_VALUE cannot be converted to Integer |
      | Scan | TotalSegments | a list | {"TotalSegments": []} | Unrecognized collection type class java.lang.Integer |
      | Scan | TotalSegments | a map | {"TotalSegments": {}} | Start of structure or map found where not expected |
      | ListTables | Limit | a string | {"Limit": "23"} | STRING_VALUE cannot be converted to Integer |
      | ListTables | Limit | true | {"Limit": true} | TRUE_VALUE cannot be converted to Integer |
      | ListTables | Limit | false | {"Limit": false} | FALSE_VALUE cannot be converted to Integer |
      | ListTables | Limit | a list | {"Limit": []} | Unrecognized collection type class java.lang.Integer |
      | ListTables | Limit | a map | {"Limit": {}} | Start of structure or map found where not expected |

  Scenario Outline: A Long member given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | a string | {"ProvisionedThroughput": {"ReadCapacityUnits": "23"}} |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | true | {"ProvisionedThroughput": {"ReadCapacityUnits": true}} |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | false | {"ProvisionedThroughput": {"ReadCapacityUnits": false}} |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | a list | {"ProvisionedThroughput": {"ReadCapacityUnits": []}} |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | a map | {"ProvisionedThroughput": {"ReadCapacityUnits": {}}} |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | a string | {"ProvisionedThroughput": {"WriteCapacityUnits": "23"}} |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | true | {"ProvisionedThroughput": {"WriteCapacityUnits": true}} |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | false | {"ProvisionedThroughput": {"WriteCapacityUnits": false}} |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | a list | {"ProvisionedThroughput": {"WriteCapacityUnits": []}} |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | a map | {"ProvisionedThroughput": {"WriteCapacityUnits": {}}} |

  @strict
  Scenario Outline: A Long member given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | a string | {"ProvisionedThroughput": {"ReadCapacityUnits": "23"}} | STRING_VALUE cannot be converted to Long |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | true | {"ProvisionedThroughput": {"ReadCapacityUnits": true}} | TRUE_VALUE cannot be converted to Long |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | false | {"ProvisionedThroughput": {"ReadCapacityUnits": false}} | FALSE_VALUE cannot be converted to Long |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | a list | {"ProvisionedThroughput": {"ReadCapacityUnits": []}} | Unrecognized collection type class java.lang.Long |
      | CreateTable | ProvisionedThroughput's ReadCapacityUnits | a map | {"ProvisionedThroughput": {"ReadCapacityUnits": {}}} | Start of structure or map found where not expected |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | a string | {"ProvisionedThroughput": {"WriteCapacityUnits": "23"}} | STRING_VALUE cannot be converted to Long |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | true | {"ProvisionedThroughput": {"WriteCapacityUnits": true}} | TRUE_VALUE cannot be converted to Long |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | false | {"ProvisionedThroughput": {"WriteCapacityUnits": false}} | FALSE_VALUE cannot be converted to Long |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | a list | {"ProvisionedThroughput": {"WriteCapacityUnits": []}} | Unrecognized collection type class java.lang.Long |
      | UpdateTable | ProvisionedThroughput's WriteCapacityUnits | a map | {"ProvisionedThroughput": {"WriteCapacityUnits": {}}} | Start of structure or map found where not expected |

  Scenario Outline: A Boolean member given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | GetItem | ConsistentRead | a string | {"ConsistentRead": "23"} |
      | GetItem | ConsistentRead | a number | {"ConsistentRead": 23} |
      | GetItem | ConsistentRead | a decimal | {"ConsistentRead": 34.56} |
      | GetItem | ConsistentRead | a list | {"ConsistentRead": []} |
      | GetItem | ConsistentRead | a map | {"ConsistentRead": {}} |
      | Query | ScanIndexForward | a string | {"ScanIndexForward": "23"} |
      | Query | ScanIndexForward | a number | {"ScanIndexForward": 23} |
      | Query | ScanIndexForward | a decimal | {"ScanIndexForward": 34.56} |
      | Query | ScanIndexForward | a list | {"ScanIndexForward": []} |
      | Query | ScanIndexForward | a map | {"ScanIndexForward": {}} |
      | PutItem | an attribute value's BOOL | a string | {"Item": {"a": {"BOOL": "23"}}} |
      | PutItem | an attribute value's BOOL | a number | {"Item": {"a": {"BOOL": 23}}} |
      | PutItem | an attribute value's BOOL | a decimal | {"Item": {"a": {"BOOL": 34.56}}} |
      | PutItem | an attribute value's BOOL | a list | {"Item": {"a": {"BOOL": []}}} |
      | PutItem | an attribute value's BOOL | a map | {"Item": {"a": {"BOOL": {}}}} |
      | PutItem | an Expected condition's Exists | a string | {"Expected": {"a": {"Exists": "23"}}} |
      | PutItem | an Expected condition's Exists | a number | {"Expected": {"a": {"Exists": 23}}} |
      | PutItem | an Expected condition's Exists | a decimal | {"Expected": {"a": {"Exists": 34.56}}} |
      | PutItem | an Expected condition's Exists | a list | {"Expected": {"a": {"Exists": []}}} |
      | PutItem | an Expected condition's Exists | a map | {"Expected": {"a": {"Exists": {}}}} |

  @strict
  Scenario Outline: A Boolean member given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | GetItem | ConsistentRead | a string | {"ConsistentRead": "23"} | Unexpected token received from parser |
      | GetItem | ConsistentRead | a number | {"ConsistentRead": 23} | NUMBER_VALUE cannot be converted to Boolean |
      | GetItem | ConsistentRead | a decimal | {"ConsistentRead": 34.56} | DECIMAL_VALUE cannot be converted to Boolean |
      | GetItem | ConsistentRead | a list | {"ConsistentRead": []} | Unrecognized collection type class java.lang.Boolean |
      | GetItem | ConsistentRead | a map | {"ConsistentRead": {}} | Start of structure or map found where not expected |
      | Query | ScanIndexForward | a string | {"ScanIndexForward": "23"} | Unexpected token received from parser |
      | Query | ScanIndexForward | a number | {"ScanIndexForward": 23} | NUMBER_VALUE cannot be converted to Boolean |
      | Query | ScanIndexForward | a decimal | {"ScanIndexForward": 34.56} | DECIMAL_VALUE cannot be converted to Boolean |
      | Query | ScanIndexForward | a list | {"ScanIndexForward": []} | Unrecognized collection type class java.lang.Boolean |
      | Query | ScanIndexForward | a map | {"ScanIndexForward": {}} | Start of structure or map found where not expected |
      | PutItem | an attribute value's BOOL | a string | {"Item": {"a": {"BOOL": "23"}}} | Unexpected token received from parser |
      | PutItem | an attribute value's BOOL | a number | {"Item": {"a": {"BOOL": 23}}} | NUMBER_VALUE cannot be converted to Boolean |
      | PutItem | an attribute value's BOOL | a decimal | {"Item": {"a": {"BOOL": 34.56}}} | DECIMAL_VALUE cannot be converted to Boolean |
      | PutItem | an attribute value's BOOL | a list | {"Item": {"a": {"BOOL": []}}} | Unrecognized collection type class java.lang.Boolean |
      | PutItem | an attribute value's BOOL | a map | {"Item": {"a": {"BOOL": {}}}} | Start of structure or map found where not expected |
      | PutItem | an Expected condition's Exists | a string | {"Expected": {"a": {"Exists": "23"}}} | Unexpected token received from parser |
      | PutItem | an Expected condition's Exists | a number | {"Expected": {"a": {"Exists": 23}}} | NUMBER_VALUE cannot be converted to Boolean |
      | PutItem | an Expected condition's Exists | a decimal | {"Expected": {"a": {"Exists": 34.56}}} | DECIMAL_VALUE cannot be converted to Boolean |
      | PutItem | an Expected condition's Exists | a list | {"Expected": {"a": {"Exists": []}}} | Unrecognized collection type class java.lang.Boolean |
      | PutItem | an Expected condition's Exists | a map | {"Expected": {"a": {"Exists": {}}}} | Start of structure or map found where not expected |

  Scenario Outline: A Binary member given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | PutItem | an attribute value's B | true | {"Item": {"a": {"B": true}}} |
      | PutItem | an attribute value's B | a number | {"Item": {"a": {"B": 23}}} |
      | PutItem | an attribute value's B | a decimal | {"Item": {"a": {"B": 34.56}}} |
      | PutItem | an attribute value's B | a list | {"Item": {"a": {"B": []}}} |
      | PutItem | an attribute value's B | a map | {"Item": {"a": {"B": {}}}} |
      | PutItem | an attribute value's B | base64 of 5 characters | {"Item": {"a": {"B": "23456"}}} |
      | PutItem | an attribute value's B | base64 starting with padding | {"Item": {"a": {"B": "=+/="}}} |
      | PutItem | an attribute value's B | base64 with a last character that leaves bits over | {"Item": {"a": {"B": "+/+="}}} |
      | PutItem | an attribute value's B | base64 with a last capital letter that leaves bits over | {"Item": {"a": {"B": "AB=="}}} |
      | PutItem | an attribute value's B | base64 with a last small letter that leaves bits over | {"Item": {"a": {"B": "AAb="}}} |
      | PutItem | an attribute value's B | base64 with a last digit that leaves bits over | {"Item": {"a": {"B": "AA1="}}} |
      | PutItem | an element of an attribute value's BS | true | {"Item": {"a": {"BS": [true]}}} |
      | PutItem | an element of an attribute value's BS | a number | {"Item": {"a": {"BS": [23]}}} |
      | PutItem | an element of an attribute value's BS | a decimal | {"Item": {"a": {"BS": [34.56]}}} |
      | PutItem | an element of an attribute value's BS | a list | {"Item": {"a": {"BS": [[]]}}} |
      | PutItem | an element of an attribute value's BS | a map | {"Item": {"a": {"BS": [{}]}}} |
      | PutItem | an element of an attribute value's BS | base64 of 5 characters | {"Item": {"a": {"BS": ["23456"]}}} |
      | PutItem | an element of an attribute value's BS | base64 starting with padding | {"Item": {"a": {"BS": ["=+/="]}}} |
      | PutItem | an element of an attribute value's BS | base64 with a last character that leaves bits over | {"Item": {"a": {"BS": ["+/+="]}}} |

  @strict
  Scenario Outline: A Binary member given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | PutItem | an attribute value's B | true | {"Item": {"a": {"B": true}}} | only base-64-encoded strings are convertible to bytes |
      | PutItem | an attribute value's B | a number | {"Item": {"a": {"B": 23}}} | only base-64-encoded strings are convertible to bytes |
      | PutItem | an attribute value's B | a decimal | {"Item": {"a": {"B": 34.56}}} | only base-64-encoded strings are convertible to bytes |
      | PutItem | an attribute value's B | a list | {"Item": {"a": {"B": []}}} | Unrecognized collection type class java.nio.ByteBuffer |
      | PutItem | an attribute value's B | a map | {"Item": {"a": {"B": {}}}} | Start of structure or map found where not expected |
      | PutItem | an attribute value's B | base64 of 5 characters | {"Item": {"a": {"B": "23456"}}} | Base64 encoded length is expected a multiple of 4 bytes but found: 5 |
      | PutItem | an attribute value's B | base64 starting with padding | {"Item": {"a": {"B": "=+/="}}} | Invalid last non-pad Base64 character dectected |
      | PutItem | an attribute value's B | base64 with a last character that leaves bits over | {"Item": {"a": {"B": "+/+="}}} | Invalid last non-pad Base64 character dectected |
      | PutItem | an attribute value's B | base64 with a last capital letter that leaves bits over | {"Item": {"a": {"B": "AB=="}}} | Invalid last non-pad Base64 character dectected |
      | PutItem | an attribute value's B | base64 with a last small letter that leaves bits over | {"Item": {"a": {"B": "AAb="}}} | Invalid last non-pad Base64 character dectected |
      | PutItem | an attribute value's B | base64 with a last digit that leaves bits over | {"Item": {"a": {"B": "AA1="}}} | Invalid last non-pad Base64 character dectected |
      | PutItem | an element of an attribute value's BS | true | {"Item": {"a": {"BS": [true]}}} | only base-64-encoded strings are convertible to bytes |
      | PutItem | an element of an attribute value's BS | a number | {"Item": {"a": {"BS": [23]}}} | only base-64-encoded strings are convertible to bytes |
      | PutItem | an element of an attribute value's BS | a decimal | {"Item": {"a": {"BS": [34.56]}}} | only base-64-encoded strings are convertible to bytes |
      | PutItem | an element of an attribute value's BS | a list | {"Item": {"a": {"BS": [[]]}}} | Unrecognized collection type class java.nio.ByteBuffer |
      | PutItem | an element of an attribute value's BS | a map | {"Item": {"a": {"BS": [{}]}}} | Start of structure or map found where not expected |
      | PutItem | an element of an attribute value's BS | base64 of 5 characters | {"Item": {"a": {"BS": ["23456"]}}} | Base64 encoded length is expected a multiple of 4 bytes but found: 5 |
      | PutItem | an element of an attribute value's BS | base64 starting with padding | {"Item": {"a": {"BS": ["=+/="]}}} | Invalid last non-pad Base64 character dectected |
      | PutItem | an element of an attribute value's BS | base64 with a last character that leaves bits over | {"Item": {"a": {"BS": ["+/+="]}}} | Invalid last non-pad Base64 character dectected |

  Scenario Outline: A list member given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | GetItem | AttributesToGet | a string | {"AttributesToGet": "23"} |
      | GetItem | AttributesToGet | true | {"AttributesToGet": true} |
      | GetItem | AttributesToGet | a number | {"AttributesToGet": 23} |
      | GetItem | AttributesToGet | a decimal | {"AttributesToGet": 34.56} |
      | GetItem | AttributesToGet | a map | {"AttributesToGet": {}} |
      | PutItem | an attribute value's SS | a string | {"Item": {"a": {"SS": "23"}}} |
      | PutItem | an attribute value's SS | true | {"Item": {"a": {"SS": true}}} |
      | PutItem | an attribute value's SS | a number | {"Item": {"a": {"SS": 23}}} |
      | PutItem | an attribute value's SS | a decimal | {"Item": {"a": {"SS": 34.56}}} |
      | PutItem | an attribute value's SS | a map | {"Item": {"a": {"SS": {}}}} |
      | PutItem | an attribute value's L | a string | {"Item": {"a": {"L": "23"}}} |
      | PutItem | an attribute value's L | true | {"Item": {"a": {"L": true}}} |
      | PutItem | an attribute value's L | a number | {"Item": {"a": {"L": 23}}} |
      | PutItem | an attribute value's L | a decimal | {"Item": {"a": {"L": 34.56}}} |
      | PutItem | an attribute value's L | a map | {"Item": {"a": {"L": {}}}} |
      | CreateTable | KeySchema | a string | {"KeySchema": "23"} |
      | CreateTable | KeySchema | true | {"KeySchema": true} |
      | CreateTable | KeySchema | a number | {"KeySchema": 23} |
      | CreateTable | KeySchema | a decimal | {"KeySchema": 34.56} |
      | CreateTable | KeySchema | a map | {"KeySchema": {}} |
      | BatchGetItem | a table's Keys | a string | {"RequestItems": {"Music": {"Keys": "23"}}} |
      | BatchGetItem | a table's Keys | true | {"RequestItems": {"Music": {"Keys": true}}} |
      | BatchGetItem | a table's Keys | a number | {"RequestItems": {"Music": {"Keys": 23}}} |
      | BatchGetItem | a table's Keys | a decimal | {"RequestItems": {"Music": {"Keys": 34.56}}} |
      | BatchGetItem | a table's Keys | a map | {"RequestItems": {"Music": {"Keys": {}}}} |

  @strict
  Scenario Outline: A list member given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | GetItem | AttributesToGet | a string | {"AttributesToGet": "23"} | Unexpected field type |
      | GetItem | AttributesToGet | true | {"AttributesToGet": true} | Unexpected field type |
      | GetItem | AttributesToGet | a number | {"AttributesToGet": 23} | Unexpected field type |
      | GetItem | AttributesToGet | a decimal | {"AttributesToGet": 34.56} | Unexpected field type |
      | GetItem | AttributesToGet | a map | {"AttributesToGet": {}} | Start of structure or map found where not expected |
      | PutItem | an attribute value's SS | a string | {"Item": {"a": {"SS": "23"}}} | Unexpected field type |
      | PutItem | an attribute value's SS | true | {"Item": {"a": {"SS": true}}} | Unexpected field type |
      | PutItem | an attribute value's SS | a number | {"Item": {"a": {"SS": 23}}} | Unexpected field type |
      | PutItem | an attribute value's SS | a decimal | {"Item": {"a": {"SS": 34.56}}} | Unexpected field type |
      | PutItem | an attribute value's SS | a map | {"Item": {"a": {"SS": {}}}} | Start of structure or map found where not expected |
      | PutItem | an attribute value's L | a string | {"Item": {"a": {"L": "23"}}} | Unexpected field type |
      | PutItem | an attribute value's L | true | {"Item": {"a": {"L": true}}} | Unexpected field type |
      | PutItem | an attribute value's L | a number | {"Item": {"a": {"L": 23}}} | Unexpected field type |
      | PutItem | an attribute value's L | a decimal | {"Item": {"a": {"L": 34.56}}} | Unexpected field type |
      | PutItem | an attribute value's L | a map | {"Item": {"a": {"L": {}}}} | Start of structure or map found where not expected |
      | CreateTable | KeySchema | a string | {"KeySchema": "23"} | Unexpected field type |
      | CreateTable | KeySchema | true | {"KeySchema": true} | Unexpected field type |
      | CreateTable | KeySchema | a number | {"KeySchema": 23} | Unexpected field type |
      | CreateTable | KeySchema | a decimal | {"KeySchema": 34.56} | Unexpected field type |
      | CreateTable | KeySchema | a map | {"KeySchema": {}} | Start of structure or map found where not expected |
      | BatchGetItem | a table's Keys | a string | {"RequestItems": {"Music": {"Keys": "23"}}} | Unexpected field type |
      | BatchGetItem | a table's Keys | true | {"RequestItems": {"Music": {"Keys": true}}} | Unexpected field type |
      | BatchGetItem | a table's Keys | a number | {"RequestItems": {"Music": {"Keys": 23}}} | Unexpected field type |
      | BatchGetItem | a table's Keys | a decimal | {"RequestItems": {"Music": {"Keys": 34.56}}} | Unexpected field type |
      | BatchGetItem | a table's Keys | a map | {"RequestItems": {"Music": {"Keys": {}}}} | Start of structure or map found where not expected |

  Scenario Outline: A map member given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | PutItem | Item | a string | {"Item": "23"} |
      | PutItem | Item | true | {"Item": true} |
      | PutItem | Item | a number | {"Item": 23} |
      | PutItem | Item | a decimal | {"Item": 34.56} |
      | PutItem | Item | a list | {"Item": []} |
      | GetItem | Key | a string | {"Key": "23"} |
      | GetItem | Key | true | {"Key": true} |
      | GetItem | Key | a number | {"Key": 23} |
      | GetItem | Key | a decimal | {"Key": 34.56} |
      | GetItem | Key | a list | {"Key": []} |
      | PutItem | an attribute value's M | a string | {"Item": {"a": {"M": "23"}}} |
      | PutItem | an attribute value's M | true | {"Item": {"a": {"M": true}}} |
      | PutItem | an attribute value's M | a number | {"Item": {"a": {"M": 23}}} |
      | PutItem | an attribute value's M | a decimal | {"Item": {"a": {"M": 34.56}}} |
      | PutItem | an attribute value's M | a list | {"Item": {"a": {"M": []}}} |
      | PutItem | ExpressionAttributeNames | a string | {"ExpressionAttributeNames": "23"} |
      | PutItem | ExpressionAttributeNames | true | {"ExpressionAttributeNames": true} |
      | PutItem | ExpressionAttributeNames | a number | {"ExpressionAttributeNames": 23} |
      | PutItem | ExpressionAttributeNames | a decimal | {"ExpressionAttributeNames": 34.56} |
      | PutItem | ExpressionAttributeNames | a list | {"ExpressionAttributeNames": []} |
      | Scan | ScanFilter | a string | {"ScanFilter": "23"} |
      | Scan | ScanFilter | true | {"ScanFilter": true} |
      | Scan | ScanFilter | a number | {"ScanFilter": 23} |
      | Scan | ScanFilter | a decimal | {"ScanFilter": 34.56} |
      | Scan | ScanFilter | a list | {"ScanFilter": []} |
      | BatchWriteItem | RequestItems | a string | {"RequestItems": "23"} |
      | BatchWriteItem | RequestItems | true | {"RequestItems": true} |
      | BatchWriteItem | RequestItems | a number | {"RequestItems": 23} |
      | BatchWriteItem | RequestItems | a decimal | {"RequestItems": 34.56} |
      | BatchWriteItem | RequestItems | a list | {"RequestItems": []} |
      | BatchGetItem | RequestItems | a string | {"RequestItems": "23"} |
      | BatchGetItem | RequestItems | true | {"RequestItems": true} |
      | BatchGetItem | RequestItems | a number | {"RequestItems": 23} |
      | BatchGetItem | RequestItems | a decimal | {"RequestItems": 34.56} |
      | BatchGetItem | RequestItems | a list | {"RequestItems": []} |

  @strict
  Scenario Outline: A map member given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | PutItem | Item | a string | {"Item": "23"} | Unexpected field type |
      | PutItem | Item | true | {"Item": true} | Unexpected field type |
      | PutItem | Item | a number | {"Item": 23} | Unexpected field type |
      | PutItem | Item | a decimal | {"Item": 34.56} | Unexpected field type |
      | PutItem | Item | a list | {"Item": []} | Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue> |
      | GetItem | Key | a string | {"Key": "23"} | Unexpected field type |
      | GetItem | Key | true | {"Key": true} | Unexpected field type |
      | GetItem | Key | a number | {"Key": 23} | Unexpected field type |
      | GetItem | Key | a decimal | {"Key": 34.56} | Unexpected field type |
      | GetItem | Key | a list | {"Key": []} | Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue> |
      | PutItem | an attribute value's M | a string | {"Item": {"a": {"M": "23"}}} | Unexpected field type |
      | PutItem | an attribute value's M | true | {"Item": {"a": {"M": true}}} | Unexpected field type |
      | PutItem | an attribute value's M | a number | {"Item": {"a": {"M": 23}}} | Unexpected field type |
      | PutItem | an attribute value's M | a decimal | {"Item": {"a": {"M": 34.56}}} | Unexpected field type |
      | PutItem | an attribute value's M | a list | {"Item": {"a": {"M": []}}} | Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue> |
      | PutItem | ExpressionAttributeNames | a string | {"ExpressionAttributeNames": "23"} | Unexpected field type |
      | PutItem | ExpressionAttributeNames | true | {"ExpressionAttributeNames": true} | Unexpected field type |
      | PutItem | ExpressionAttributeNames | a number | {"ExpressionAttributeNames": 23} | Unexpected field type |
      | PutItem | ExpressionAttributeNames | a decimal | {"ExpressionAttributeNames": 34.56} | Unexpected field type |
      | PutItem | ExpressionAttributeNames | a list | {"ExpressionAttributeNames": []} | Unrecognized collection type java.util.Map<java.lang.String, java.lang.String> |
      | Scan | ScanFilter | a string | {"ScanFilter": "23"} | Unexpected field type |
      | Scan | ScanFilter | true | {"ScanFilter": true} | Unexpected field type |
      | Scan | ScanFilter | a number | {"ScanFilter": 23} | Unexpected field type |
      | Scan | ScanFilter | a decimal | {"ScanFilter": 34.56} | Unexpected field type |
      | Scan | ScanFilter | a list | {"ScanFilter": []} | Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.Condition> |
      | BatchWriteItem | RequestItems | a string | {"RequestItems": "23"} | Unexpected field type |
      | BatchWriteItem | RequestItems | true | {"RequestItems": true} | Unexpected field type |
      | BatchWriteItem | RequestItems | a number | {"RequestItems": 23} | Unexpected field type |
      | BatchWriteItem | RequestItems | a decimal | {"RequestItems": 34.56} | Unexpected field type |
      | BatchWriteItem | RequestItems | a list | {"RequestItems": []} | Unrecognized collection type java.util.Map<java.lang.String, java.util.List<com.amazonaws.dynamodb.v20120810.WriteRequest>> |
      | BatchGetItem | RequestItems | a string | {"RequestItems": "23"} | Unexpected field type |
      | BatchGetItem | RequestItems | true | {"RequestItems": true} | Unexpected field type |
      | BatchGetItem | RequestItems | a number | {"RequestItems": 23} | Unexpected field type |
      | BatchGetItem | RequestItems | a decimal | {"RequestItems": 34.56} | Unexpected field type |
      | BatchGetItem | RequestItems | a list | {"RequestItems": []} | Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.KeysAndAttributes> |

  Scenario Outline: A structure held in a map or list given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | PutItem | an attribute of Item | a string | {"Item": {"a": "23"}} |
      | PutItem | an attribute of Item | true | {"Item": {"a": true}} |
      | PutItem | an attribute of Item | a number | {"Item": {"a": 23}} |
      | PutItem | an attribute of Item | a decimal | {"Item": {"a": 34.56}} |
      | PutItem | an attribute of Item | a list | {"Item": {"a": []}} |
      | BatchWriteItem | a write request | a string | {"RequestItems": {"Music": ["23"]}} |
      | BatchWriteItem | a write request | true | {"RequestItems": {"Music": [true]}} |
      | BatchWriteItem | a write request | a number | {"RequestItems": {"Music": [23]}} |
      | BatchWriteItem | a write request | a decimal | {"RequestItems": {"Music": [34.56]}} |
      | BatchWriteItem | a write request | a list | {"RequestItems": {"Music": [[]]}} |
      | BatchGetItem | a table's KeysAndAttributes | a string | {"RequestItems": {"Music": "23"}} |
      | BatchGetItem | a table's KeysAndAttributes | true | {"RequestItems": {"Music": true}} |
      | BatchGetItem | a table's KeysAndAttributes | a number | {"RequestItems": {"Music": 23}} |
      | BatchGetItem | a table's KeysAndAttributes | a decimal | {"RequestItems": {"Music": 34.56}} |
      | BatchGetItem | a table's KeysAndAttributes | a list | {"RequestItems": {"Music": []}} |
      | PutItem | an element of an attribute value's L | a string | {"Item": {"a": {"L": ["23"]}}} |
      | PutItem | an element of an attribute value's L | true | {"Item": {"a": {"L": [true]}}} |
      | PutItem | an element of an attribute value's L | a number | {"Item": {"a": {"L": [23]}}} |
      | PutItem | an element of an attribute value's L | a decimal | {"Item": {"a": {"L": [34.56]}}} |
      | PutItem | an element of an attribute value's L | a list | {"Item": {"a": {"L": [[]]}}} |
      | Scan | a ScanFilter condition | a string | {"ScanFilter": {"a": "23"}} |
      | Scan | a ScanFilter condition | true | {"ScanFilter": {"a": true}} |
      | Scan | a ScanFilter condition | a number | {"ScanFilter": {"a": 23}} |
      | Scan | a ScanFilter condition | a decimal | {"ScanFilter": {"a": 34.56}} |
      | Scan | a ScanFilter condition | a list | {"ScanFilter": {"a": []}} |
      | CreateTable | a KeySchema element | a string | {"KeySchema": ["23"]} |
      | CreateTable | a KeySchema element | true | {"KeySchema": [true]} |
      | CreateTable | a KeySchema element | a number | {"KeySchema": [23]} |
      | CreateTable | a KeySchema element | a decimal | {"KeySchema": [34.56]} |
      | CreateTable | a KeySchema element | a list | {"KeySchema": [[]]} |

  @strict
  Scenario Outline: A structure held in a map or list given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | PutItem | an attribute of Item | a string | {"Item": {"a": "23"}} | Unexpected value type in payload |
      | PutItem | an attribute of Item | true | {"Item": {"a": true}} | Unexpected value type in payload |
      | PutItem | an attribute of Item | a number | {"Item": {"a": 23}} | Unexpected value type in payload |
      | PutItem | an attribute of Item | a decimal | {"Item": {"a": 34.56}} | Unexpected value type in payload |
      | PutItem | an attribute of Item | a list | {"Item": {"a": []}} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue |
      | BatchWriteItem | a write request | a string | {"RequestItems": {"Music": ["23"]}} | Unexpected value type in payload |
      | BatchWriteItem | a write request | true | {"RequestItems": {"Music": [true]}} | Unexpected value type in payload |
      | BatchWriteItem | a write request | a number | {"RequestItems": {"Music": [23]}} | Unexpected value type in payload |
      | BatchWriteItem | a write request | a decimal | {"RequestItems": {"Music": [34.56]}} | Unexpected value type in payload |
      | BatchWriteItem | a write request | a list | {"RequestItems": {"Music": [[]]}} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.WriteRequest |
      | BatchGetItem | a table's KeysAndAttributes | a string | {"RequestItems": {"Music": "23"}} | Unexpected value type in payload |
      | BatchGetItem | a table's KeysAndAttributes | true | {"RequestItems": {"Music": true}} | Unexpected value type in payload |
      | BatchGetItem | a table's KeysAndAttributes | a number | {"RequestItems": {"Music": 23}} | Unexpected value type in payload |
      | BatchGetItem | a table's KeysAndAttributes | a decimal | {"RequestItems": {"Music": 34.56}} | Unexpected value type in payload |
      | BatchGetItem | a table's KeysAndAttributes | a list | {"RequestItems": {"Music": []}} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.KeysAndAttributes |
      | PutItem | an element of an attribute value's L | a string | {"Item": {"a": {"L": ["23"]}}} | Unexpected value type in payload |
      | PutItem | an element of an attribute value's L | true | {"Item": {"a": {"L": [true]}}} | Unexpected value type in payload |
      | PutItem | an element of an attribute value's L | a number | {"Item": {"a": {"L": [23]}}} | Unexpected value type in payload |
      | PutItem | an element of an attribute value's L | a decimal | {"Item": {"a": {"L": [34.56]}}} | Unexpected value type in payload |
      | PutItem | an element of an attribute value's L | a list | {"Item": {"a": {"L": [[]]}}} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue |
      | Scan | a ScanFilter condition | a string | {"ScanFilter": {"a": "23"}} | Unexpected value type in payload |
      | Scan | a ScanFilter condition | true | {"ScanFilter": {"a": true}} | Unexpected value type in payload |
      | Scan | a ScanFilter condition | a number | {"ScanFilter": {"a": 23}} | Unexpected value type in payload |
      | Scan | a ScanFilter condition | a decimal | {"ScanFilter": {"a": 34.56}} | Unexpected value type in payload |
      | Scan | a ScanFilter condition | a list | {"ScanFilter": {"a": []}} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.Condition |
      | CreateTable | a KeySchema element | a string | {"KeySchema": ["23"]} | Unexpected value type in payload |
      | CreateTable | a KeySchema element | true | {"KeySchema": [true]} | Unexpected value type in payload |
      | CreateTable | a KeySchema element | a number | {"KeySchema": [23]} | Unexpected value type in payload |
      | CreateTable | a KeySchema element | a decimal | {"KeySchema": [34.56]} | Unexpected value type in payload |
      | CreateTable | a KeySchema element | a list | {"KeySchema": [[]]} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.KeySchemaElement |

  Scenario Outline: A structure member given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | CreateTable | ProvisionedThroughput | a string | {"ProvisionedThroughput": "23"} |
      | CreateTable | ProvisionedThroughput | true | {"ProvisionedThroughput": true} |
      | CreateTable | ProvisionedThroughput | a number | {"ProvisionedThroughput": 23} |
      | CreateTable | ProvisionedThroughput | a decimal | {"ProvisionedThroughput": 34.56} |
      | CreateTable | ProvisionedThroughput | a list | {"ProvisionedThroughput": []} |
      | PutItem | an Expected condition's Value | a string | {"Expected": {"a": {"Value": "23"}}} |
      | PutItem | an Expected condition's Value | true | {"Expected": {"a": {"Value": true}}} |
      | PutItem | an Expected condition's Value | a number | {"Expected": {"a": {"Value": 23}}} |
      | PutItem | an Expected condition's Value | a decimal | {"Expected": {"a": {"Value": 34.56}}} |
      | PutItem | an Expected condition's Value | a list | {"Expected": {"a": {"Value": []}}} |
      | BatchWriteItem | a write request's PutRequest | a string | {"RequestItems": {"Music": [{"PutRequest": "23"}]}} |
      | BatchWriteItem | a write request's PutRequest | true | {"RequestItems": {"Music": [{"PutRequest": true}]}} |
      | BatchWriteItem | a write request's PutRequest | a number | {"RequestItems": {"Music": [{"PutRequest": 23}]}} |
      | BatchWriteItem | a write request's PutRequest | a decimal | {"RequestItems": {"Music": [{"PutRequest": 34.56}]}} |
      | BatchWriteItem | a write request's PutRequest | a list | {"RequestItems": {"Music": [{"PutRequest": []}]}} |

  @strict
  Scenario Outline: A structure member given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | CreateTable | ProvisionedThroughput | a string | {"ProvisionedThroughput": "23"} | Unexpected field type |
      | CreateTable | ProvisionedThroughput | true | {"ProvisionedThroughput": true} | Unexpected field type |
      | CreateTable | ProvisionedThroughput | a number | {"ProvisionedThroughput": 23} | Unexpected field type |
      | CreateTable | ProvisionedThroughput | a decimal | {"ProvisionedThroughput": 34.56} | Unexpected field type |
      | CreateTable | ProvisionedThroughput | a list | {"ProvisionedThroughput": []} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.ProvisionedThroughput |
      | PutItem | an Expected condition's Value | a string | {"Expected": {"a": {"Value": "23"}}} | Unexpected field type |
      | PutItem | an Expected condition's Value | true | {"Expected": {"a": {"Value": true}}} | Unexpected field type |
      | PutItem | an Expected condition's Value | a number | {"Expected": {"a": {"Value": 23}}} | Unexpected field type |
      | PutItem | an Expected condition's Value | a decimal | {"Expected": {"a": {"Value": 34.56}}} | Unexpected field type |
      | PutItem | an Expected condition's Value | a list | {"Expected": {"a": {"Value": []}}} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue |
      | BatchWriteItem | a write request's PutRequest | a string | {"RequestItems": {"Music": [{"PutRequest": "23"}]}} | Unexpected field type |
      | BatchWriteItem | a write request's PutRequest | true | {"RequestItems": {"Music": [{"PutRequest": true}]}} | Unexpected field type |
      | BatchWriteItem | a write request's PutRequest | a number | {"RequestItems": {"Music": [{"PutRequest": 23}]}} | Unexpected field type |
      | BatchWriteItem | a write request's PutRequest | a decimal | {"RequestItems": {"Music": [{"PutRequest": 34.56}]}} | Unexpected field type |
      | BatchWriteItem | a write request's PutRequest | a list | {"RequestItems": {"Music": [{"PutRequest": []}]}} | Unrecognized collection type class com.amazonaws.dynamodb.v20120810.PutRequest |

  Scenario Outline: A list held in a map given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | BatchWriteItem | a table's list of write requests | a string | {"RequestItems": {"Music": "23"}} |
      | BatchWriteItem | a table's list of write requests | true | {"RequestItems": {"Music": true}} |
      | BatchWriteItem | a table's list of write requests | a number | {"RequestItems": {"Music": 23}} |
      | BatchWriteItem | a table's list of write requests | a decimal | {"RequestItems": {"Music": 34.56}} |
      | BatchWriteItem | a table's list of write requests | a map | {"RequestItems": {"Music": {}}} |

  @strict
  Scenario Outline: A list held in a map given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | BatchWriteItem | a table's list of write requests | a string | {"RequestItems": {"Music": "23"}} | class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap') |
      | BatchWriteItem | a table's list of write requests | true | {"RequestItems": {"Music": true}} | class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap') |
      | BatchWriteItem | a table's list of write requests | a number | {"RequestItems": {"Music": 23}} | class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap') |
      | BatchWriteItem | a table's list of write requests | a decimal | {"RequestItems": {"Music": 34.56}} | class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap') |
      | BatchWriteItem | a table's list of write requests | a map | {"RequestItems": {"Music": {}}} | Start of structure or map found where not expected |

  Scenario Outline: A map held in a list given another JSON type is refused: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member | value | body |
      | BatchGetItem | an element of a table's Keys | a string | {"RequestItems": {"Music": {"Keys": ["23"]}}} |
      | BatchGetItem | an element of a table's Keys | true | {"RequestItems": {"Music": {"Keys": [true]}}} |
      | BatchGetItem | an element of a table's Keys | a number | {"RequestItems": {"Music": {"Keys": [23]}}} |
      | BatchGetItem | an element of a table's Keys | a decimal | {"RequestItems": {"Music": {"Keys": [34.56]}}} |
      | BatchGetItem | an element of a table's Keys | a list | {"RequestItems": {"Music": {"Keys": [[]]}}} |

  @strict
  Scenario Outline: A map held in a list given another JSON type is refused with DynamoDB's message: <operation>, <member>, <value>
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException
    And the error message is "<message>"

    Examples:
      | operation | member | value | body | message |
      | BatchGetItem | an element of a table's Keys | a string | {"RequestItems": {"Music": {"Keys": ["23"]}}} | class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap') |
      | BatchGetItem | an element of a table's Keys | true | {"RequestItems": {"Music": {"Keys": [true]}}} | class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap') |
      | BatchGetItem | an element of a table's Keys | a number | {"RequestItems": {"Music": {"Keys": [23]}}} | class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap') |
      | BatchGetItem | an element of a table's Keys | a decimal | {"RequestItems": {"Music": {"Keys": [34.56]}}} | class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap') |
      | BatchGetItem | an element of a table's Keys | a list | {"RequestItems": {"Music": {"Keys": [[]]}}} | Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue> |


  Scenario Outline: A request complete but for one member of another JSON type is refused: <operation>, <member>, <value>
    # The same rule when every other member is present and valid: the wrong type alone is enough,
    # and it is refused before the table is looked for (this one does not exist).
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with SerializationException

    Examples:
      | operation | member    | value               | body |
      | PutItem   | TableName | a number            | {"TableName": 12345, "Item": {"LoginAlias": {"S": "janed"}}} |
      | PutItem   | TableName, in a body without strings | a number | {"TableName": 12345, "Item": {"Active": {"BOOL": true}}} |
      | GetItem   | a key value's S | a number      | {"TableName": "Nowhere-wire", "Key": {"LoginAlias": {"S": 12345}}} |
      | GetItem   | TableName and a key value's S | numbers | {"TableName": 12345, "Key": {"LoginAlias": {"S": 12345}}} |
      | Query     | Limit     | a string of digits  | {"TableName": "Nowhere-wire", "KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "janed"}}, "Limit": "5"} |
      | Scan      | Segment   | a string of digits  | {"TableName": "Nowhere-wire", "Segment": "0", "TotalSegments": 2} |

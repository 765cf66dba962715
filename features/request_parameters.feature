# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html (ReturnValues NONE | ALL_OLD | UPDATED_OLD | ALL_NEW | UPDATED_NEW: all or only the updated attributes, as they were before or are after the update)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html ("PutItem does not recognize any values other than NONE or ALL_OLD"; ReturnConsumedCapacity INDEXES | TOTAL | NONE; ReturnItemCollectionMetrics SIZE | NONE; ReturnValuesOnConditionCheckFailure ALL_OLD | NONE)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html ("DeleteItem does not recognize any values other than NONE or ALL_OLD"; ALL_OLD: "The content of the old item is returned")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html (Select: COUNT "Returns the number of matching items, rather than the matching items themselves"; ALL_PROJECTED_ATTRIBUTES "Allowed only when querying an index"; ALL_ATTRIBUTES on a local secondary index fetches the entire item from the parent table; SPECIFIC_ATTRIBUTES returns the attributes listed in ProjectionExpression, and with a ProjectionExpression Select can only be SPECIFIC_ATTRIBUTES; Limit: minimum value of 1)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html (TotalSegments "greater than or equal to 1, and less than or equal to 1000000"; Segment "greater than or equal to 0, and less than the value provided for TotalSegments"; "If you provide Segment, you must also provide TotalSegments", and the reverse)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html ("up to 25 item put or delete operations"; the entire batch is rejected when "There are more than 25 requests in the batch" or "You try to perform multiple operations on the same item in the same BatchWriteItem request"; RequestItems: at least one table, 1 to 25 requests per table)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html (AttributesToGet: "Minimum number of 1 item")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html (BillingMode PROVISIONED | PAY_PER_REQUEST; ProvisionedThroughput: "If you set BillingMode as PROVISIONED, you must specify this property. If you set BillingMode as PAY_PER_REQUEST, you cannot specify this property.")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html (Limit: minimum value of 1, maximum value of 100)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html (empty String and Binary values are allowed for attributes that are not keys; "DynamoDB does not support empty sets, however, empty string and binary values are allowed within a set"; attribute names are at least one character long)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html ("DynamoDB does not allow mixing legacy conditional parameters and expression parameters in a single call"; ConditionalOperator AND: all conditions hold, OR: at least one holds)
# Source: dynalite's test suite (test/scan.js, test/putItem.js, test/createTable.js), which records live DynamoDB's messages: the exact texts of the @strict scenarios
# Seed: "The Data Plane API allows you to provide parameters to control the response so you can get information about consumed capacity of a given request..."
# Seed: "The way it works is you may specify up to 25 Items in `BatchWriteItem` command to write to one or more tables."
# Seed: "Requires the key-attributes (PK for simple key table or PK+SK for composite key table)"
@request_parameters
Feature: Request parameters at their edges
  Every enumerated parameter takes each of its documented values, and nothing else; list and
  number parameters take their bounds and not one past them; empty values are taken where the
  data types allow them; and a legacy parameter cannot be mixed with the expression parameter
  that replaces it. A rejected request is a ValidationException and changes nothing.

  Background:
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

  # ReturnValues

  Scenario Outline: UpdateItem with ReturnValues <value> returns <returned>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET FirstName = :f", "ExpressionAttributeValues": {":f": {"S": "Irena"}}, "ReturnValues": "<value>"}
      """
    Then the response is:
      """
      <response>
      """

    Examples:
      | value       | returned                                  | response                                                                                        |
      | NONE        | nothing                                   | {}                                                                                              |
      | ALL_OLD     | the whole item as it was                  | {"Attributes": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}} |
      | UPDATED_OLD | the updated attribute as it was           | {"Attributes": {"FirstName": {"S": "Irene"}}}                                                    |
      | ALL_NEW     | the whole item as it is now               | {"Attributes": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}, "Age": {"N": "34"}}} |
      | UPDATED_NEW | the updated attribute as it is now        | {"Attributes": {"FirstName": {"S": "Irena"}}}                                                    |

  Scenario: ReturnValues ALL_OLD on a delete of an item that does not exist returns no Attributes
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, "ReturnValues": "ALL_OLD"}
      """
    Then the request succeeds
    And the response has no Attributes

  Scenario Outline: <operation> refuses ReturnValues <value> and writes nothing
    When I call <operation> with:
      """
      <request>
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

    Examples:
      | operation  | value       | request                                                                                                                                                   |
      | PutItem    | UPDATED_NEW | {"TableName": "Employee", "Item": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "UPDATED_NEW"}                                                          |
      | UpdateItem | ALL         | {"TableName": "Employee", "Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "REMOVE Age", "ReturnValues": "ALL"}                                 |

  @strict
  Scenario: An UpdateItem ReturnValues outside the enum is named in the message
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "REMOVE Age", "ReturnValues": "ALL"}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value 'ALL' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]"

  # ReturnConsumedCapacity (PutItem: consumed_capacity.feature)

  Scenario Outline: <operation> with ReturnConsumedCapacity <value> reports what it consumed
    Given a table Courses keyed by email and sorted by course
    And the item in Courses:
      """
      {"email": {"S": "tomer@gmail.com"}, "course": {"S": "Python"}}
      """
    When I call <operation> with:
      """
      <request>
      """
    Then the response includes:
      """
      <reported>
      """

    Examples:
      | operation      | value   | request                                                                                                                                                              | reported                                                           |
      | Query          | INDEXES | {"TableName": "Courses", "KeyConditionExpression": "email = :e", "ExpressionAttributeValues": {":e": {"S": "tomer@gmail.com"}}, "ReturnConsumedCapacity": "INDEXES"} | {"ConsumedCapacity": {"TableName": "Courses", "Table": {}}}        |
      | Scan           | TOTAL   | {"TableName": "Courses", "ReturnConsumedCapacity": "TOTAL"}                                                                                                          | {"ConsumedCapacity": {"TableName": "Courses"}}                     |
      | BatchWriteItem | INDEXES | {"RequestItems": {"Courses": [{"PutRequest": {"Item": {"email": {"S": "irene@example.com"}, "course": {"S": "Java"}}}}]}, "ReturnConsumedCapacity": "INDEXES"}      | {"ConsumedCapacity": [{"TableName": "Courses", "Table": {}}]}      |

  Scenario: A ReturnConsumedCapacity outside INDEXES, TOTAL and NONE is refused
    When I scan Employee with:
      """
      {"ReturnConsumedCapacity": "ALL"}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: A ReturnConsumedCapacity outside the enum is named in the message
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnConsumedCapacity": "ALL"}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value 'ALL' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]"

  # ReturnItemCollectionMetrics and ReturnValuesOnConditionCheckFailure

  Scenario: BatchWriteItem with ReturnItemCollectionMetrics SIZE reports nothing for a table without a local secondary index
    When I write in one batch with:
      """
      {"RequestItems": {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}]}, "ReturnItemCollectionMetrics": "SIZE"}
      """
    Then the request succeeds
    And the response has no ItemCollectionMetrics

  Scenario Outline: <operation> refuses ReturnItemCollectionMetrics <value>
    When I call <operation> with:
      """
      <request>
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """

    Examples:
      | operation      | value | request                                                                                                                               |
      | PutItem        | ALL   | {"TableName": "Employee", "Item": {"LoginAlias": {"S": "mateoj"}}, "ReturnItemCollectionMetrics": "ALL"}                               |
      | BatchWriteItem | ALL   | {"RequestItems": {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}]}, "ReturnItemCollectionMetrics": "ALL"}       |

  Scenario: BatchWriteItem refuses ReturnConsumedCapacity ALL, and writes nothing
    # API_BatchWriteItem.html, ReturnConsumedCapacity: "Valid Values: INDEXES | TOTAL | NONE".
    When I call BatchWriteItem with:
      """
      {"RequestItems": {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}]}, "ReturnConsumedCapacity": "ALL"}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """

  Scenario Outline: <operation> refuses ReturnValuesOnConditionCheckFailure <value>, and writes nothing
    # API_PutItem.html: ReturnValuesOnConditionCheckFailure "Valid Values: ALL_OLD | NONE" (DeleteItem's
    # is below, UpdateItem's in update_item_edges.feature).
    When I call <operation> with:
      """
      <request>
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """

    Examples:
      | operation  | value   | request |
      | PutItem    | ALL_NEW | {"TableName": "Employee", "Item": {"LoginAlias": {"S": "mateoj"}}, "ReturnValuesOnConditionCheckFailure": "ALL_NEW"} |

  Scenario: ReturnValuesOnConditionCheckFailure ALL_OLD on a failed update returns the item as it was
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = :a", "ConditionExpression": "Age > :a",
       "ExpressionAttributeValues": {":a": {"N": "40"}}, "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}
      """
    Then the request fails with ConditionalCheckFailedException
    And the Item in the response is:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

  Scenario: ReturnValuesOnConditionCheckFailure NONE on a failed delete returns no item
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_not_exists(Age)", "ReturnValuesOnConditionCheckFailure": "NONE"}
      """
    Then the request fails with ConditionalCheckFailedException
    And the response has no Item

  Scenario: A ReturnValuesOnConditionCheckFailure other than ALL_OLD and NONE is refused
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_not_exists(Age)", "ReturnValuesOnConditionCheckFailure": "ALL_NEW"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

  # Select

  Scenario Outline: <operation> with Select COUNT returns the count and no Items
    When I call <operation> with:
      """
      <request>
      """
    Then the response includes:
      """
      {"Count": 1}
      """
    And the response has no Items

    Examples:
      | operation | request                                                                                                                                     |
      | Query     | {"TableName": "Employee", "KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "irenes"}}, "Select": "COUNT"} |
      | Scan      | {"TableName": "Employee", "Select": "COUNT"}                                                                                                 |

  Scenario: Select SPECIFIC_ATTRIBUTES returns the attributes of the ProjectionExpression
    When I query Employee with:
      """
      {"KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "irenes"}}, "Select": "SPECIFIC_ATTRIBUTES", "ProjectionExpression": "FirstName"}
      """
    Then the query returns the items:
      """
      [{"FirstName": {"S": "Irene"}}]
      """

  Scenario: Select SPECIFIC_ATTRIBUTES without a projection is refused
    When I query Employee with:
      """
      {"KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "irenes"}}, "Select": "SPECIFIC_ATTRIBUTES"}
      """
    Then the request fails with ValidationException

  Scenario: Select ALL_ATTRIBUTES with a ProjectionExpression is refused
    When I scan Employee with:
      """
      {"Select": "ALL_ATTRIBUTES", "ProjectionExpression": "FirstName"}
      """
    Then the request fails with ValidationException

  Scenario: Select ALL_PROJECTED_ATTRIBUTES without an index is refused
    When I scan Employee with:
      """
      {"Select": "ALL_PROJECTED_ATTRIBUTES"}
      """
    Then the request fails with ValidationException

  Scenario: A Select outside the enum is refused
    When I scan Employee with:
      """
      {"Select": "count"}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: A Select outside the enum is named in the message
    When I scan Employee with:
      """
      {"Select": "count"}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value 'count' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]"

  # ConditionalOperator

  Scenario Outline: Expected with ConditionalOperator <operator>, one condition holding and one not, is <outcome>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}},
       "Expected": {"FirstName": {"Value": {"S": "Irene"}}, "Age": {"ComparisonOperator": "GT", "AttributeValueList": [{"N": "40"}]}},
       "ConditionalOperator": "<operator>"}
      """
    Then the write is <outcome>

    Examples:
      | operator | outcome  |
      | AND      | rejected |
      | OR       | accepted |

  Scenario: A ConditionalOperator other than AND and OR is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}},
       "Expected": {"FirstName": {"Value": {"S": "Irene"}}, "Age": {"Value": {"N": "34"}}}, "ConditionalOperator": "XOR"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

  # BillingMode

  Scenario: BillingMode PAY_PER_REQUEST creates an on-demand table
    When I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}], "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the TableDescription in the response includes:
      """
      {"TableName": "Orders", "BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"}}
      """

  Scenario: BillingMode PROVISIONED creates a table with the throughput it was given
    When I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}], "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}],
       "BillingMode": "PROVISIONED", "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 3}}
      """
    Then the TableDescription in the response includes:
      """
      {"TableName": "Orders", "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 3}}
      """

  Scenario Outline: CreateTable refuses <case>
    When I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}], "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], <billing>}
      """
    Then the request fails with ValidationException

    Examples:
      | case                                   | billing                                                                                                |
      | PROVISIONED without throughput         | "BillingMode": "PROVISIONED"                                                                           |
      | PAY_PER_REQUEST with throughput        | "BillingMode": "PAY_PER_REQUEST", "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5} |
      | a BillingMode outside the enum         | "BillingMode": "ON_DEMAND"                                                                             |

  # BatchWriteItem's lists

  Scenario: 25 requests spread over two tables are all written
    Given a table Students keyed by email
    When I write 12 new items into Employee and 13 new items into Students in one batch
    Then the response is:
      """
      {"UnprocessedItems": {}}
      """
    And Employee holds the 12 new items
    And Students holds the 13 new items

  Scenario: 26 requests spread over two tables are rejected and nothing is written
    Given a table Students keyed by email
    When I write 13 new items into Employee and 13 new items into Students in one batch
    Then the request fails with ValidationException
    And Employee holds none of the 13 new items
    And Students holds none of the 13 new items

  Scenario: A put and a delete of the same item in one batch reject the whole batch
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}, {"DeleteRequest": {"Key": {"LoginAlias": {"S": "irenes"}}}},
                    {"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}}}]}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

  Scenario: The same key in two different tables is two different items
    Given a table Managers keyed by LoginAlias
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}, "Role": {"S": "employee"}}}}],
       "Managers": [{"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}, "Role": {"S": "manager"}}}}]}
      """
    Then the response is:
      """
      {"UnprocessedItems": {}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "mateoj"}, "Role": {"S": "employee"}}
      """
    And Managers holds the item:
      """
      {"LoginAlias": {"S": "mateoj"}, "Role": {"S": "manager"}}
      """

  Scenario: An empty RequestItems is refused
    When I write in one batch:
      """
      {}
      """
    Then the request fails with ValidationException

  Scenario: An empty list of requests for a table rejects the whole batch
    Given a table Students keyed by email
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}], "Students": []}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """

  # Read parameters: AttributesToGet, Segment and TotalSegments, Limit

  Scenario: An empty AttributesToGet is refused
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "AttributesToGet": []}
      """
    Then the request fails with ValidationException

  Scenario Outline: A parallel scan of segment <segment> of <total> is accepted
    When I scan Employee with:
      """
      {"Segment": <segment>, "TotalSegments": <total>}
      """
    Then the request succeeds

    Examples:
      | segment | total   |
      | 0       | 1       |
      | 999999  | 1000000 |

  Scenario Outline: A scan with <case> is refused
    When I scan Employee with:
      """
      <request>
      """
    Then the request fails with ValidationException

    Examples:
      | case                               | request                                    |
      | Segment equal to TotalSegments     | {"Segment": 2, "TotalSegments": 2}         |
      | TotalSegments without Segment      | {"TotalSegments": 2}                       |

  Scenario: A scan with TotalSegments past 1000000 is refused
    When I scan Employee with:
      """
      {"Segment": 0, "TotalSegments": 1000001}
      """
    Then the request fails with ValidationException

  Scenario: A scan of segment 0 without TotalSegments is refused
    When I scan Employee with:
      """
      {"Segment": 0}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: A Segment without TotalSegments is named in the message
    When I scan Employee with:
      """
      {"Segment": 0}
      """
    Then the request fails with ValidationException
    And the error message is "The TotalSegments parameter is required but was not present in the request when Segment parameter is present"

  @strict
  Scenario: A Segment not below TotalSegments is named in the message
    When I scan Employee with:
      """
      {"Segment": 2, "TotalSegments": 2}
      """
    Then the request fails with ValidationException
    And the error message is "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 2 is not less than TotalSegments: 2"

  Scenario: Limit 1 returns one item and where to go on from
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """
    When I scan Employee with:
      """
      {"Limit": 1}
      """
    Then the Items in the response has 1 element
    And the response has a LastEvaluatedKey

  Scenario: Limit 0 is refused
    When I query Employee with:
      """
      {"KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "irenes"}}, "Limit": 0}
      """
    Then the request fails with ValidationException

  @serial
  Scenario: ListTables with Limit 1 names one table and where to go on from
    Given a table Students keyed by email
    When I call ListTables with:
      """
      {"Limit": 1}
      """
    Then the TableNames in the response has 1 element
    And the response has a LastEvaluatedTableName

  Scenario Outline: ListTables refuses Limit <limit>
    When I call ListTables with:
      """
      {"Limit": <limit>}
      """
    Then the request fails with ValidationException

    Examples:
      | limit |
      | 0     |
      | 101   |

  # Empty values and names

  Scenario: Empty String and Binary values are written where they are not keys: at the top level, nested and in a set
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "mateoj"}, "MiddleName": {"S": ""}, "Photo": {"B": ""}, "Address": {"M": {"Street": {"S": ""}}},
       "Nicknames": {"L": [{"S": ""}]}, "Aliases": {"SS": ["", "Mat"]}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "mateoj"}, "MiddleName": {"S": ""}, "Photo": {"B": ""}, "Address": {"M": {"Street": {"S": ""}}},
       "Nicknames": {"L": [{"S": ""}]}, "Aliases": {"SS": ["", "Mat"]}}
      """

  Scenario Outline: An empty <type> set is refused
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "mateoj"}, "Values": {"<type>": []}}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """

    Examples:
      | type |
      | SS   |
      | BS   |

  Scenario: An empty string as sort key value is refused
    Given a table Music keyed by Artist and sorted by SongTitle
    When I put an item into Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": ""}}
      """
    Then the request fails with ValidationException

  Scenario: An empty attribute name is refused
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "mateoj"}, "": {"S": "nameless"}}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """

  Scenario Outline: An empty <member> map is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "REMOVE Age", "<member>": {}}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

    Examples:
      | member                    |
      | ExpressionAttributeNames  |
      | ExpressionAttributeValues |

  @strict
  Scenario: An empty ExpressionAttributeValues is named in the message
    When I scan Employee with:
      """
      {"FilterExpression": "Age > :a", "ExpressionAttributeValues": {}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeValues must not be empty"

  # Parameters that exclude each other

  Scenario Outline: <operation> refuses <legacy> together with <expression>
    When I call <operation> with:
      """
      <request>
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

    Examples:
      | operation  | legacy              | expression             | request                                                                                                                                                                                                                                  |
      | GetItem    | AttributesToGet     | ProjectionExpression   | {"TableName": "Employee", "Key": {"LoginAlias": {"S": "irenes"}}, "AttributesToGet": ["FirstName"], "ProjectionExpression": "Age"}                                                                                                      |
      | PutItem    | Expected            | ConditionExpression    | {"TableName": "Employee", "Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"FirstName": {"Exists": true, "Value": {"S": "Irene"}}}, "ConditionExpression": "attribute_exists(Age)"}                                               |
      | UpdateItem | AttributeUpdates    | UpdateExpression       | {"TableName": "Employee", "Key": {"LoginAlias": {"S": "irenes"}}, "AttributeUpdates": {"Age": {"Action": "DELETE"}}, "UpdateExpression": "REMOVE FirstName"}                                                                            |
      | Query      | KeyConditions       | KeyConditionExpression | {"TableName": "Employee", "KeyConditions": {"LoginAlias": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "irenes"}]}}, "KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "irenes"}}} |
      | Query      | QueryFilter         | FilterExpression       | {"TableName": "Employee", "KeyConditionExpression": "LoginAlias = :a", "QueryFilter": {"Age": {"ComparisonOperator": "NOT_NULL"}}, "FilterExpression": "Age > :a", "ExpressionAttributeValues": {":a": {"S": "irenes"}}}              |
      | Scan       | ScanFilter          | FilterExpression       | {"TableName": "Employee", "ScanFilter": {"Age": {"ComparisonOperator": "NOT_NULL"}}, "FilterExpression": "attribute_exists(Age)"}                                                                                                        |

  Scenario: ConditionalOperator together with a ConditionExpression is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionalOperator": "OR", "ConditionExpression": "attribute_exists(Age)"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

  # A request whose only fault is a required member left out: each operation's page marks the
  # member "Required: Yes", and DynamoDB's message names it by its path (the form of the messages
  # recorded in dynalite's test suite: "Value null at '<path>' failed to satisfy constraint: Member
  # must not be null").
  @strict
  Scenario Outline: A <operation> complete but for its required <member> is refused for it alone
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value null at '<path>' failed to satisfy constraint: Member must not be null"
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

    Examples:
      | operation        | member       | body                                                                 | path         |
      | PutItem          | Item         | {"TableName": "${Employee}", "ReturnValues": "ALL_OLD"}                 | item         |
      | DeleteItem       | Key          | {"TableName": "${Employee}", "ReturnValues": "ALL_OLD"}                 | key          |
      | UpdateItem       | Key          | {"TableName": "${Employee}", "UpdateExpression": "REMOVE FirstName"}    | key          |
      | GetItem          | Key          | {"TableName": "${Employee}", "ConsistentRead": true}                    | key          |
      | BatchWriteItem   | RequestItems | {"ReturnConsumedCapacity": "TOTAL"}                                  | requestItems |
      | TransactGetItems | TransactItems | {"ReturnConsumedCapacity": "TOTAL"}                                 | transactItems |
      | TransactWriteItems | TransactItems | {"ReturnConsumedCapacity": "TOTAL", "ClientRequestToken": "t1"}   | transactItems |

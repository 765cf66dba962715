# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html ("BatchGetItem returns a partial result if the response size limit is exceeded"; "For example, if you ask to retrieve 100 items, but each individual item is 300 KB in size, the system returns 52 items (so as not to exceed the 16 MB limit). It also returns an appropriate UnprocessedKeys value")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeysAndAttributes.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html ("Read operations": each item of a BatchGetItem rounded up to 4 KB as its own GetItem)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html
# Seed: "Each partition in the group lives in a different AZ and all 3 partitions that have the same **eventually consistent** data."
# Seed: "IF the primary partition fails, another partitoin in another AZ becomes the primary"
@batch_get_item
Feature: BatchGetItem reads up to 100 items from one or more tables in one request
  API_BatchGetItem: "The BatchGetItem operation returns the attributes of one or more items from
  one or more tables. You identify requested items by primary key. A single operation can
  retrieve up to 16 MB of data, which can contain as many as 100 items." "If you request more
  than 100 items, BatchGetItem returns a ValidationException with the message 'Too many items
  requested for the BatchGetItem call.'" "In order to minimize response latency, BatchGetItem
  may retrieve items in parallel. [...] the order of the items in the response is not
  guaranteed". Keys that cannot be read come back in UnprocessedKeys, with the table's read
  parameters, to be sent again. The whole request is refused when a table does not exist, a key
  does not match the schema or one key is named twice.

  Background:
    Given a table Employee keyed by LoginAlias
    And the items in Employee:
      """
      [{"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "ManagerLoginAlias": {"S": "mateoj"}},
       {"LoginAlias": {"S": "mateoj"}, "FirstName": {"S": "Mateo"}},
       {"LoginAlias": {"S": "johns"}, "FirstName": {"S": "John"}}]
      """

  Scenario: Items of two tables come back in one response, keys without an item are left out
    Given a table Students keyed by email
    And the items in Students:
      """
      [{"email": {"S": "tomer@gmail.com"}, "name": {"S": "Tomer"}}]
      """
    When I call BatchGetItem with:
      """
      {"RequestItems": {
         "Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}, {"LoginAlias": {"S": "nobody"}}, {"LoginAlias": {"S": "johns"}}]},
         "Students": {"Keys": [{"email": {"S": "tomer@gmail.com"}}], "ConsistentRead": true}}}
      """
    Then the items returned from Employee are, in any order:
      """
      [{"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "ManagerLoginAlias": {"S": "mateoj"}},
       {"LoginAlias": {"S": "johns"}, "FirstName": {"S": "John"}}]
      """
    And the items returned from Students are, in any order:
      """
      [{"email": {"S": "tomer@gmail.com"}, "name": {"S": "Tomer"}}]
      """
    And the UnprocessedKeys in the response is:
      """
      {}
      """

  Scenario: A table none of whose keys hold an item still appears in Responses, with no items
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "nobody"}}]}}}
      """
    Then the items returned from Employee are, in any order:
      """
      []
      """

  Scenario: Each table's ProjectionExpression chooses the attributes returned
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}, {"LoginAlias": {"S": "mateoj"}}],
        "ProjectionExpression": "#f, ManagerLoginAlias", "ExpressionAttributeNames": {"#f": "FirstName"}}}}
      """
    Then the items returned from Employee are, in any order:
      """
      [{"FirstName": {"S": "Irene"}, "ManagerLoginAlias": {"S": "mateoj"}}, {"FirstName": {"S": "Mateo"}}]
      """

  Scenario: The legacy AttributesToGet chooses the attributes returned
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}], "AttributesToGet": ["LoginAlias", "Missing"]}}}
      """
    Then the items returned from Employee are, in any order:
      """
      [{"LoginAlias": {"S": "irenes"}}]
      """

  Scenario: A hundred keys in one request are read
    When I call BatchGetItem on Employee with 100 keys
    Then the request succeeds
    And the UnprocessedKeys in the response is:
      """
      {}
      """

  Scenario: A hundred items of 300 KB are more than 16 MB: part of them come back, the keys of the rest in UnprocessedKeys
    Given 100 items of 307200 bytes each in Employee
    When I call BatchGetItem on Employee with 100 keys
    Then of the 100 items of 307200 bytes asked from Employee, some but not all come back, no more than 16 MB, and the keys of the rest are left unprocessed

  Scenario: More than a hundred keys in one table are refused
    When I call BatchGetItem on Employee with 101 keys
    Then the request fails with ValidationException

  @strict
  Scenario: More than a hundred keys across tables are refused with DynamoDB's message
    Given a table Students keyed by email
    When I call BatchGetItem on Employee with 100 keys and on Students with 1 key
    Then the request fails with ValidationException
    And the error message is "Too many items requested for the BatchGetItem call"

  @strict
  Scenario: A key named twice is refused
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}, {"LoginAlias": {"S": "johns"}}, {"LoginAlias": {"S": "irenes"}}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "Provided list of item keys contains duplicates"

  Scenario: A table that does not exist fails the whole request
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}]}, "NoSuchTable": {"Keys": [{"id": {"S": "x"}}]}}}
      """
    Then the request fails with ResourceNotFoundException

  @strict
  Scenario: A key that does not match the table's key schema fails the whole request
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}, {"FirstName": {"S": "Irene"}}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

  @strict
  Scenario: AttributesToGet naming an attribute twice is refused
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}], "AttributesToGet": ["FirstName", "FirstName"]}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Duplicate value in attribute name: FirstName"

  Scenario Outline: Each key costs what a GetItem of it costs: <consistency>
    # read-write-operations.html: "DynamoDB processes each item in the batch as an individual
    # GetItem request, so DynamoDB first rounds up the size of each item to the next 4 KB
    # boundary, and then calculates the total size." Three items under 4 KB and one key without
    # an item: four reads of one unit each strongly consistent, half that eventually consistent.
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}, {"LoginAlias": {"S": "mateoj"}}, {"LoginAlias": {"S": "johns"}}, {"LoginAlias": {"S": "nobody"}}],
        "ConsistentRead": <consistent>}}, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      [{"TableName": "Employee", "CapacityUnits": <units>}]
      """

    Examples:
      | consistency           | consistent | units |
      | strongly consistent   | true       | 4.0   |
      | eventually consistent | false      | 2.0   |

  @reference-only @faults
  Scenario: A partition without a leader cannot serve a strongly consistent read: its keys come back unprocessed
    # HowItWorks.ReadConsistency.html: a strongly consistent read "returns a response with the
    # most up-to-date data"; an eventually consistent one may be served by any replica.
    Given the leader of the partition holding "irenes" in Employee is in AZ a
    When AZ a fails
    And AZ b fails
    And I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}], "ConsistentRead": true, "ProjectionExpression": "FirstName"}}}
      """
    Then the keys left unprocessed for Employee are, in any order:
      """
      [{"LoginAlias": {"S": "irenes"}}]
      """
    And the UnprocessedKeys in the response is:
      """
      {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}], "ConsistentRead": true, "ProjectionExpression": "FirstName"}}
      """
    And the items returned from Employee are, in any order:
      """
      []
      """
    When I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": {"Keys": [{"LoginAlias": {"S": "irenes"}}], "ProjectionExpression": "FirstName"}}}
      """
    Then the items returned from Employee are, in any order:
      """
      [{"FirstName": {"S": "Irene"}}]
      """

  @reference-only @faults
  Scenario Outline: Keys left unprocessed come back with every read parameter of their table, ready to be sent again: <parameters>
    # API_BatchGetItem.html, UnprocessedKeys: "Each element consists of: Keys - An array of primary
    # key attribute values that define specific items in the table. ProjectionExpression - One or
    # more attributes to be retrieved from the table or index. [...] ConsistentRead - The
    # consistency of a read operation." Their form is that of RequestItems (KeysAndAttributes).
    Given the leader of the partition holding "irenes" in Employee is in AZ a
    When AZ a fails
    And AZ b fails
    And I call BatchGetItem with:
      """
      {"RequestItems": {"Employee": <entry>}, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the UnprocessedKeys in the response is:
      """
      {"Employee": <entry>}
      """
    And the response has a ConsumedCapacity

    Examples:
      | parameters                                | entry                                                                                                                                   |
      | a projection through a placeholder        | {"Keys": [{"LoginAlias": {"S": "irenes"}}], "ConsistentRead": true, "ProjectionExpression": "#f", "ExpressionAttributeNames": {"#f": "FirstName"}} |
      | AttributesToGet                           | {"Keys": [{"LoginAlias": {"S": "irenes"}}], "ConsistentRead": true, "AttributesToGet": ["FirstName"]}                                   |

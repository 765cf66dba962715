# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html ("Batch operations and error handling")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html (25 put or delete requests per BatchWriteItem)
# Seed: "To insert multile items in one request, you can use `BatchWriteItem` command."
# Seed: "Under the hood, this BatchWriteItem actually uses PutItem. The way it works is you may specify up to 25 Items in `BatchWriteItem` command to write to one or more tables. Dynamo processes each item by invoking `PutItem` with each item data. `BatchWriteItem` then returns JSON response and all failed writes are sent back to the application in an attribute called `UnprocessedItems`. Your app must then check the `UnprocessedItems` field and take appropriate action."
# Seed: "It's important to keep in mind that `BatchWriteItem` is just multiple independent `PutItem` requests under the hood and failure of any of the `PutItem` requests will not impact other `PutItem` requests in the same `BatchWriteItem`"
# Seed: "`BatchWriteItem` offers better performance compared to individual `PutItem` requests and avoids back and forth network requests between app and Dynamo"
# Seed: "Later we'll see that `BatchWriteItem` can be used for batch deletes"
@batch_write_item
Feature: BatchWriteItem writes up to 25 items in one request
  API_BatchWriteItem: "A single call to BatchWriteItem can transmit up to 16MB of data over the
  network, consisting of up to 25 item put or delete operations." "The individual PutItem and
  DeleteItem operations specified in BatchWriteItem are atomic; however BatchWriteItem as a
  whole is not." And it rejects the entire batch when a table does not exist, a key does not
  match the schema, one item is named twice, there are more than 25 requests, or one item
  exceeds 400 KB. Condition expressions are not part of a batch.

  Background:
    Given a table Employee keyed by LoginAlias

  Scenario: 25 items in one request are all written and nothing is left unprocessed
    When I write 25 new items into Employee in one batch
    Then the response is:
      """
      {"UnprocessedItems": {}}
      """
    And Employee holds the 25 new items

  Scenario: 26 requests in one batch are rejected and nothing is written
    When I write 26 new items into Employee in one batch
    Then the request fails with ValidationException
    And Employee holds none of the 26 new items

  Scenario: One batch writes to more than one table
    Given a table Students keyed by email
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}}}],
       "Students": [{"PutRequest": {"Item": {"email": {"S": "tomer@gmail.com"}, "name": {"S": "Tomer"}}}}]}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And Students holds the item:
      """
      {"email": {"S": "tomer@gmail.com"}, "name": {"S": "Tomer"}}
      """

  Scenario: One batch puts some items and deletes others
    Given the items in Employee:
      """
      [{"LoginAlias": {"S": "mateoj"}}, {"LoginAlias": {"S": "leavers"}}]
      """
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}}}}, {"DeleteRequest": {"Key": {"LoginAlias": {"S": "leavers"}}}}]}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "leavers"}}
      """

  Scenario: A batch put replaces an existing item, as PutItem does
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}}
      """
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}}}]}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}
      """

  Scenario: The same item twice in one batch rejects the whole batch
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}}},
                    {"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}}}]}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario: An item without its key rejects the whole batch
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}}}}, {"PutRequest": {"Item": {"FirstName": {"S": "Nobody"}}}}]}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario: A table that does not exist rejects the whole batch
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}}}}], "Nonexistent": [{"PutRequest": {"Item": {"Id": {"S": "x"}}}}]}
      """
    Then the request fails with ResourceNotFoundException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario: The seed's batch of Students is written in one request
    Given a table Students keyed by email
    When I run:
      """
      aws dynamodb batch-write-item --request-items '{"Students": [{"PutRequest": {"Item": {"email": {"S": "tomer@gmail.com"}, "name": {"S": "Tomer"}, "courses": {"SS": ["Python", "Java"]}, "grade": {"S": "10"}}}}, {"PutRequest": {"Item": {"email": {"S": "irene@example.com"}, "name": {"S": "Irene"}}}}]}'
      """
    Then the response is:
      """
      {"UnprocessedItems": {}}
      """
    And Students holds the item:
      """
      {"email": {"S": "tomer@gmail.com"}, "name": {"S": "Tomer"}, "courses": {"SS": ["Python", "Java"]}, "grade": {"S": "10"}}
      """
    And Students holds the item:
      """
      {"email": {"S": "irene@example.com"}, "name": {"S": "Irene"}}
      """

  @reference-only @faults
  Scenario: Writes that no quorum of replicas can acknowledge come back in UnprocessedItems instead of failing the batch
    Given the leader of the partition holding "irenes" in Employee is in AZ a
    When AZ b fails
    And AZ c fails
    And I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}]}
      """
    Then the request succeeds
    And the UnprocessedItems in the response is:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}]}
      """
    When AZ b recovers
    And I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}]}
      """
    Then the response is:
      """
      {"UnprocessedItems": {}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """

  @reference-only @faults
  Scenario: A delete that no quorum of replicas can acknowledge comes back in UnprocessedItems as the DeleteRequest it was
    # API_BatchWriteItem.html: "The UnprocessedItems value is in the same form as RequestItems,
    # so you can provide this value directly to a subsequent BatchWriteItem operation."
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    And the leader of the partition holding "irenes" in Employee is in AZ a
    When AZ b fails
    And AZ c fails
    And I write in one batch:
      """
      {"Employee": [{"DeleteRequest": {"Key": {"LoginAlias": {"S": "irenes"}}}}]}
      """
    Then the request succeeds
    And the UnprocessedItems in the response is:
      """
      {"Employee": [{"DeleteRequest": {"Key": {"LoginAlias": {"S": "irenes"}}}}]}
      """

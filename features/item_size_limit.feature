# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html ("The maximum item size in DynamoDB is 400 KB, which includes both attribute name binary length (UTF-8 length) and attribute value lengths")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html (item size arithmetic: string = UTF-8 bytes of name + UTF-8 bytes of value)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html ("Any individual item in a batch exceeds 400 KB" rejects the entire batch)
# Seed: "**Write will fail if item size is greater than 400KB**"
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@item_size_limit
Feature: An item may not be larger than 400 KB
  400 KB is 409,600 bytes. Sizes below are computed the way DynamoDB computes them: every
  attribute counts the UTF-8 length of its name plus the length of its value; the step builds
  items of the exact size from a key attribute and one string attribute named Payload.

  Background:
    Given a table Blobs keyed by Id

  Scenario: An item of exactly 400 KB is written
    When I put an item of 409600 bytes into Blobs
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: An item one byte over 400 KB is rejected and nothing is written
    When I put an item of 409601 bytes into Blobs
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A rejected oversized put leaves the item it would have replaced untouched
    Given the item in Blobs:
      """
      {"Id": {"S": "k"}, "Payload": {"S": "original"}}
      """
    When I put an item of 500000 bytes into Blobs
    Then the request fails with ValidationException
    And Blobs holds the item:
      """
      {"Id": {"S": "k"}, "Payload": {"S": "original"}}
      """

  @update_item
  Scenario: An update that would grow an item past 400 KB is rejected and the item is unchanged
    Given an item of 409000 bytes in Blobs
    When I add an attribute Extra of 1000 bytes to the item in Blobs with key:
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And Blobs holds the item as written

  @batch_write_item
  Scenario: One oversized item rejects the whole batch
    When I write in one batch into Blobs an item of 409601 bytes and the items:
      """
      [{"Id": {"S": "small-1"}}, {"Id": {"S": "small-2"}}]
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """
    And Blobs holds no item with key:
      """
      {"Id": {"S": "small-1"}}
      """

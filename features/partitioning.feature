# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.Partitions.html ("DynamoDB uses the partition key's value as input to an internal hash function. The output from the hash function determines the partition in which the item will be stored.")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html
# Seed: "When you create dynamodb table, the table is created and there is metadata stored about the table along with it. The metadata inludes the key attributes and capacity, etc."
# Seed: "When you write item to DynamoDB table, DynamoDB applies the hash function on the partition key to determine which partition to write the item to. Based on the item's hash value (the result of applying the hash function to the partition key), dynamodb then decides the partition to which the data will get written."
# Seed: "Once dynamodb determines which partition a particular item will be written to, it stores internally in the metadata the hash output to exact partition mapping. So say the hash function on PK results in hash key of "A" and items with hash key of "A" go into partition 1, then in the metadata for the table a mapping is created between Hash A and partition 1 so the table knows where all items with hash value of "A" live. This way when we read the data dynamo can quickly determine which partition data lives on"
# Seed: "Dynamo checks the metadata table of hash to partition mappings and sees that items with hash value of A should belong on partition 1 so it gets sent to partition 1."
@partitioning
Feature: The partition key decides where an item lives
  Through the public API a partition is invisible: what shows is that an item is found again by
  its key, and that the table's metadata holds its key schema. The reference engine also shows
  its partition map.

  Scenario: The table's metadata holds its key attributes
    Given a table Employee keyed by LoginAlias
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And I get the item from Employee with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    Then the returned item is:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  @batch_write_item
  Scenario: Many items are each found again by their own partition key
    Given a table Employee keyed by LoginAlias
    When I write 25 new items into Employee in one batch
    And I get the item from Employee with key:
      """
      {"LoginAlias": {"S": "item-17"}}
      """
    Then the returned item is:
      """
      {"LoginAlias": {"S": "item-17"}}
      """

  Scenario: A key that was never written is found nowhere
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    When I get the item from Employee with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """
    Then no item is returned

  @reference-only
  Scenario: Items with the same partition key go to the same partition, as the partition map says
    Given a table Seed keyed by PK and sorted by SK
    And the items in Seed:
      """
      [{"PK": {"S": "A"}, "SK": {"S": "1"}}, {"PK": {"S": "A"}, "SK": {"S": "2"}}]
      """
    Then "A" and "A" in Seed are on the same partition
    And every replica of the partition holding "A" in Seed stores its items in this SK order:
      """
      [{"S": "1"}, {"S": "2"}]
      """

  @reference-only
  Scenario: Each partition is a group of three replicas in three availability zones
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    Then the partition holding "irenes" in Employee has replicas in AZs a, b and c

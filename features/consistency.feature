# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html ("Strongly consistent reads return a result that reflects all writes that received a successful response prior to the read." Eventually consistent reads "might not reflect the results of a recently completed write")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html (ConsistentRead)
# Seed: "Each partition in the group lives in a different AZ and all 3 partitions that have the same **eventually consistent** data."
# Seed: "All writes are routed to the primary partition."
@consistency
Feature: Strongly consistent reads see every acknowledged write

  Background:
    Given a table Employee keyed by LoginAlias

  Scenario: A strongly consistent read right after a put returns the item
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConsistentRead": true}
      """
    Then the returned item is:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  Scenario: A strongly consistent read right after a replace returns the new item
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}
      """
    And I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConsistentRead": true}
      """
    Then the returned item is:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}
      """

  Scenario: A strongly consistent read right after a delete finds nothing
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    When I delete the item from Employee with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    And I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConsistentRead": true}
      """
    Then no item is returned

  @conditions
  Scenario: A conditional write right after another sees it
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    When I put an item into Employee with condition "attribute_not_exists(LoginAlias)":
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Second"}}
      """
    Then the request fails with ConditionalCheckFailedException

  @reference-only @faults
  Scenario: A replica that replication has not reached yet misses a recent write; a strongly consistent read does not
    Given the leader of the partition holding "irenes" in Employee is in AZ a
    When replication to AZ c is held
    And I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    Then the request succeeds
    And reading from the replica in AZ c finds no item in Employee with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And the replica in AZ c of the partition holding "irenes" in Employee catches up
    And reading from the replica in AZ c returns the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html ("DynamoDB ... stores multiple copies of each item across three Availability Zones")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/disaster-recovery-resiliency.html (data replicated across multiple Availability Zones in a Region)
# Source: Elhemali et al., "Amazon DynamoDB: A Scalable, Predictably Performant, and Fully Managed NoSQL Database Service", USENIX ATC 2022 (replication groups, leader, quorum acknowledgement, failover)
# Seed: "Think of the replicated partitions as a **partition group**. There are 3 partitions in the group. Each partition in the group lives in a different AZ and all 3 partitions that have the same **eventually consistent** data."
# Seed: "One partition in each group acts as the **Primary**. All writes are routed to the primary partition. IF the primary partition fails, another partitoin in another AZ becomes the primary"
# Seed: "If there is an AZ failure in AZ-a. In this scenario one of the secondary partiitons will take over as primary"
# Seed: "Now AZ-a partition replica will fall behind the other partitions when new items will be added while the AZ is down but our application will still be running and there will be no data loss!."
# Seed: "When AZ-a recovers, the partitions inside it will catch up with the primary and will eventually sync up"
@reference-only @faults
Feature: An AZ failure loses no acknowledged write
  The seed's story: write, fail AZ a (the leader's), keep writing, read everything back,
  recover AZ a, see it catch up, read from it. These scenarios look under the hood (which
  replica leads, what a replica holds), so only a target that shows its internals runs them.

  Background:
    Given a table Employee keyed by LoginAlias
    And the leader of the partition holding "irenes" in Employee is in AZ a

  Scenario: Writes go on when the leader's AZ fails, and the recovered AZ catches up
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    Then the request succeeds
    When AZ a fails
    Then the leader of the partition holding "irenes" in Employee is no longer in AZ a
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}}
      """
    Then the request succeeds
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "mateoj"}, "FirstName": {"S": "Mateo"}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}}
      """
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "mateoj"}, "FirstName": {"S": "Mateo"}}
      """
    When AZ a recovers
    Then the replica in AZ a of the partition holding "irenes" in Employee catches up
    And reading from the replica in AZ a returns the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}}
      """

  Scenario: A write is acknowledged only once it would survive the loss of the leader's AZ
    Given replication to AZ b is held
    And replication to AZ c is held
    When I start putting an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And AZ a fails
    Then if the put was acknowledged, Employee holds its item

  Scenario: The replica in a failed AZ falls behind while writes go on without it
    When AZ a fails
    And I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    Then the request succeeds
    And the replica in AZ a of the partition holding "irenes" in Employee is behind its leader
    When AZ a recovers
    Then the replica in AZ a of the partition holding "irenes" in Employee catches up
    And reading from the replica in AZ a returns the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  @conditions
  Scenario: A condition is judged against every acknowledged write, even across a failover
    When I put an item into Employee with condition "attribute_not_exists(LoginAlias)":
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    Then the request succeeds
    When AZ a fails
    And I put an item into Employee with condition "attribute_not_exists(LoginAlias)":
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Impostor"}}
      """
    Then the request fails with ConditionalCheckFailedException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  Scenario: After the old leader's AZ recovers, it serves what was written while it was down
    When AZ a fails
    And I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And AZ a recovers
    And AZ b fails
    Then Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  Scenario: Each replica is in a different AZ and writes reach all three
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    Then the partition holding "irenes" in Employee has replicas in AZs a, b and c
    And the replica in AZ b of the partition holding "irenes" in Employee catches up
    And reading from the replica in AZ b returns the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And reading from the replica in AZ c returns the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html ("A successful UpdateTimeToLive call returns the current TimeToLiveSpecification. It can take up to one hour for the change to fully process. Any additional UpdateTimeToLive calls for the same table during this one hour duration result in a ValidationException"; "Items that have expired and not been deleted will still show up in reads, queries, and scans"; TableName and TimeToLiveSpecification: "Required: Yes")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTimeToLive.html (TimeToLiveDescription: TimeToLiveStatus ENABLING, DISABLING, ENABLED or DISABLED, and AttributeName)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html (AttributeName of 1 to 255 characters and Enabled, both required)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html (the TTL attribute is a Number holding a Unix epoch time in seconds; an item whose TTL is of another type, or more than five years in the past, is not deleted; deletes consume no write throughput)
# Record: dynalite's test suite, which records live DynamoDB's answers (test/updateTimeToLive.js, "should enable when disabled": DescribeTimeToLive right after the change answers {TimeToLiveStatus: 'ENABLED', AttributeName: 'a'}; test/describeTimeToLive.js: a TableName outside [a-zA-Z0-9_.-]+, 'abc;', refused with ValidationException, "Member must satisfy regular expression pattern", where a valid name of a missing table is not found)
# Seed: "When you create dynamodb table, the table is created and there is metadata stored about the table along with it. The metadata inludes the key attributes and capacity, etc."
@time_to_live
Feature: Time to Live deletes items once the epoch time in their TTL attribute has passed
  UpdateTimeToLive names the attribute that holds each item's expiry; DescribeTimeToLive reports
  the setting. An item expires once that attribute is a Number of epoch seconds in the past, and is
  deleted later: until then it is still read. The scenarios that move time carry @reference-only:
  they advance the engine's clock and run its sweeper.

  Background:
    Given a table Sessions keyed by SessionId

  Scenario: A new table has Time to Live disabled
    When I call DescribeTimeToLive with:
      """
      {"TableName": "Sessions"}
      """
    Then the TimeToLiveDescription in the response is:
      """
      {"TimeToLiveStatus": "DISABLED"}
      """

  Scenario: UpdateTimeToLive answers with the specification, and DescribeTimeToLive then names the attribute
    When I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ExpiresAt"}}
      """
    Then the TimeToLiveSpecification in the response is:
      """
      {"Enabled": true, "AttributeName": "ExpiresAt"}
      """
    When I call DescribeTimeToLive with:
      """
      {"TableName": "Sessions"}
      """
    Then the TimeToLiveDescription in the response includes:
      """
      {"AttributeName": "ExpiresAt"}
      """

  @strict
  Scenario: Enabling Time to Live where it is enabled is refused, whatever the attribute
    Given I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ExpiresAt"}}
      """
    When I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "OtherTime"}}
      """
    Then the request fails with ValidationException
    And the error message is "TimeToLive is already enabled"

  @strict
  Scenario: Disabling Time to Live where it is disabled is refused
    When I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": false, "AttributeName": "ExpiresAt"}}
      """
    Then the request fails with ValidationException
    And the error message is "TimeToLive is already disabled"

  @strict
  Scenario: The specification's AttributeName has 1 to 255 characters
    When I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": ""}}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1"

  Scenario: Once UpdateTimeToLive has enabled it, DescribeTimeToLive reports it ENABLED with its attribute
    Given I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ExpiresAt"}}
      """
    When I call DescribeTimeToLive with:
      """
      {"TableName": "Sessions"}
      """
    Then the TimeToLiveDescription in the response is:
      """
      {"TimeToLiveStatus": "ENABLED", "AttributeName": "ExpiresAt"}
      """

  Scenario: UpdateTimeToLive without a TimeToLiveSpecification is refused
    When I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions"}
      """
    Then the request fails with ValidationException

  Scenario: DescribeTimeToLive refuses a table name outside the pattern before looking for the table
    When I call DescribeTimeToLive with:
      """
      {"TableName": "abc;"}
      """
    Then the request fails with ValidationException

  Scenario: Time to Live on a table that does not exist is not found
    When I call DescribeTimeToLive with:
      """
      {"TableName": "Missing"}
      """
    Then the request fails with ResourceNotFoundException

  @reference-only @strict
  Scenario: A second change within an hour of the last is refused, and allowed after it
    Given I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ExpiresAt"}}
      """
    When I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": false, "AttributeName": "ExpiresAt"}}
      """
    Then the request fails with ValidationException
    And the error message is "Time to live has been modified multiple times within a fixed interval"
    When 60 minutes pass
    And I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": false, "AttributeName": "ExpiresAt"}}
      """
    Then the request succeeds

  @reference-only
  Scenario: An expired item is still read until it is deleted
    Given I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ExpiresAt"}}
      """
    And the item in Sessions with ExpiresAt set to -1 minutes from now:
      """
      {"SessionId": {"S": "s1"}, "User": {"S": "alice"}}
      """
    When I get the item from Sessions with key:
      """
      {"SessionId": {"S": "s1"}}
      """
    Then the Item in the response includes:
      """
      {"SessionId": {"S": "s1"}, "User": {"S": "alice"}}
      """
    When the expired items are swept
    Then Sessions holds no item with key:
      """
      {"SessionId": {"S": "s1"}}
      """

  @reference-only
  Scenario: An item expires once its time has passed, and not before
    Given I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ExpiresAt"}}
      """
    And the item in Sessions with ExpiresAt set to 30 minutes from now:
      """
      {"SessionId": {"S": "s1"}}
      """
    When 20 minutes pass
    And I get the item from Sessions with key:
      """
      {"SessionId": {"S": "s1"}}
      """
    Then the Item in the response includes:
      """
      {"SessionId": {"S": "s1"}}
      """
    When 20 minutes pass
    Then Sessions holds no item with key:
      """
      {"SessionId": {"S": "s1"}}
      """

  @reference-only
  Scenario: Only a Number of epoch seconds within the last five years expires an item
    Given I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ExpiresAt"}}
      """
    And the items in Sessions:
      """
      [{"SessionId": {"S": "string"}, "ExpiresAt": {"S": "1000"}},
       {"SessionId": {"S": "list"}, "ExpiresAt": {"L": [{"N": "1000"}]}},
       {"SessionId": {"S": "long-ago"}, "ExpiresAt": {"N": "1000"}},
       {"SessionId": {"S": "none"}}]
      """
    And the item in Sessions with ExpiresAt set to -60 minutes from now:
      """
      {"SessionId": {"S": "hour-ago"}}
      """
    When the expired items are swept
    Then Sessions holds no item with key:
      """
      {"SessionId": {"S": "hour-ago"}}
      """
    And Sessions holds the item:
      """
      {"SessionId": {"S": "string"}, "ExpiresAt": {"S": "1000"}}
      """
    And Sessions holds the item:
      """
      {"SessionId": {"S": "list"}, "ExpiresAt": {"L": [{"N": "1000"}]}}
      """
    And Sessions holds the item:
      """
      {"SessionId": {"S": "long-ago"}, "ExpiresAt": {"N": "1000"}}
      """
    And Sessions holds the item:
      """
      {"SessionId": {"S": "none"}}
      """

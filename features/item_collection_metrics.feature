# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html (ReturnItemCollectionMetrics; ItemCollectionMetrics "is only returned if the ReturnItemCollectionMetrics parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html (ItemCollectionKey, SizeEstimateRangeGB: lower and upper bound)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html (item collections)
# Seed: "`ReturnCollectionMetrics` - `NONE` | `SIZE` (Returns statistics about item collection for item you just wrote)"
@item_collection_metrics
Feature: ReturnItemCollectionMetrics reports the size of the item collection written to
  Item collections exist only on tables with a local secondary index: all the items with one
  partition key value, in the table and its local indexes.

  Scenario: A table without a local secondary index has no item collection metrics, even with SIZE
    Given a table Students keyed by email
    When I put an item into Students with:
      """
      {"Item": {"email": {"S": "tomer@gmail.com"}, "name": {"S": "Tomer"}}, "ReturnItemCollectionMetrics": "SIZE"}
      """
    Then the request succeeds
    And the response has no ItemCollectionMetrics

  Scenario: With a local secondary index, SIZE names the item collection and estimates its size
    Given a table Courses keyed by email and sorted by course with a local secondary index ByGrade on grade
    When I put an item into Courses with:
      """
      {"Item": {"email": {"S": "tomer@gmail.com"}, "course": {"S": "Python"}, "grade": {"S": "10"}}, "ReturnItemCollectionMetrics": "SIZE"}
      """
    Then the response has ItemCollectionMetrics for the item collection:
      """
      {"email": {"S": "tomer@gmail.com"}}
      """

  Scenario: With a local secondary index, NONE reports nothing
    Given a table Courses keyed by email and sorted by course with a local secondary index ByGrade on grade
    When I put an item into Courses with:
      """
      {"Item": {"email": {"S": "tomer@gmail.com"}, "course": {"S": "Python"}, "grade": {"S": "10"}}, "ReturnItemCollectionMetrics": "NONE"}
      """
    Then the request succeeds
    And the response has no ItemCollectionMetrics

  @delete_item
  Scenario: A delete reports the item collection it removed from
    Given a table Courses keyed by email and sorted by course with a local secondary index ByGrade on grade
    And the item in Courses:
      """
      {"email": {"S": "tomer@gmail.com"}, "course": {"S": "Python"}, "grade": {"S": "10"}}
      """
    When I delete an item from Courses with:
      """
      {"Key": {"email": {"S": "tomer@gmail.com"}, "course": {"S": "Python"}}, "ReturnItemCollectionMetrics": "SIZE"}
      """
    Then the response has ItemCollectionMetrics for the item collection:
      """
      {"email": {"S": "tomer@gmail.com"}}
      """

  @update_item
  Scenario: An update reports the item collection it wrote to
    Given a table Courses keyed by email and sorted by course with a local secondary index ByGrade on grade
    When I update an item in Courses with:
      """
      {"Key": {"email": {"S": "tomer@gmail.com"}, "course": {"S": "Java"}}, "UpdateExpression": "SET grade = :g",
       "ExpressionAttributeValues": {":g": {"S": "9"}}, "ReturnItemCollectionMetrics": "SIZE"}
      """
    Then the response has ItemCollectionMetrics for the item collection:
      """
      {"email": {"S": "tomer@gmail.com"}}
      """

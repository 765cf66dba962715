# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html (1 write unit per 1 KB, rounded up; reads per 4 KB, half for eventually consistent; PutItem and UpdateItem count the larger of the old and new item)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html (item size arithmetic)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html (ReturnConsumedCapacity: INDEXES | TOTAL | NONE)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html
# Seed: "The Data Plane API allows you to provide parameters to control the response so you can get information about consumed capacity of a given request..."
# Seed: "`ReturnConsumedCapcity` - `NONE` | `TOTAL` (Returns total capacity consumed by indexes) | `INDEXES` (Returns capacity consumed by indexes)"
# Seed: "NOtice write capacity units used was 1 unit since the item was less than 1KB so and it rounds up and 1KB=1WRU"
@consumed_capacity
Feature: ReturnConsumedCapacity reports what a request consumed
  One write unit covers an item up to 1 KB (1,024 bytes); larger items take one more unit per
  started kilobyte. A strongly consistent read takes one read unit per started 4 KB, an
  eventually consistent one half that. ConsumedCapacity may carry more members than these
  (ReadCapacityUnits, WriteCapacityUnits: API_ConsumedCapacity.html); the scenarios check what
  the pages above promise.

  Scenario: The seed's Students put consumes one write unit
    Given a table Students keyed by email
    When I run:
      """
      $ aws dynamodb put-item --table-name "Students" --item '{"email": {"S": "tomer@gmail.com"}, "name": {"S": "Tomer"}, "courses": {"SS": ["Python", "Java"]}, "grade": {"S": "10"}}' --return-consumed-capacity TOTAL --return-item-collection-metrics SIZE --endpoint-url http://localhost:8000
      """
    Then the response includes:
      """
      {
          "ConsumedCapacity": {
              "TableName": "Students",
              "CapacityUnits": 1.0
          }
      }
      """
    And the response has no ItemCollectionMetrics

  Scenario: NONE, the default, reports nothing
    Given a table Students keyed by email
    When I put an item into Students with:
      """
      {"Item": {"email": {"S": "tomer@gmail.com"}}, "ReturnConsumedCapacity": "NONE"}
      """
    Then the request succeeds
    And the response has no ConsumedCapacity

  Scenario: INDEXES also reports the table's own share
    Given a table Students keyed by email
    When I put an item into Students with:
      """
      {"Item": {"email": {"S": "tomer@gmail.com"}}, "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Students", "CapacityUnits": 1.0, "Table": {"CapacityUnits": 1.0}}
      """

  Scenario Outline: A put of <bytes> bytes consumes <units> write units
    Given a table Blobs keyed by Id
    When I put an item of <bytes> bytes into Blobs with:
      """
      {"ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": <units>}
      """

    Examples:
      | bytes  | units |
      | 1024   | 1.0   |
      | 1025   | 2.0   |
      | 2048   | 2.0   |
      | 409600 | 400.0 |

  Scenario: A put that replaces a larger item is charged for the larger one
    Given a table Blobs keyed by Id
    And an item of 3000 bytes in Blobs
    When I put an item into Blobs with:
      """
      {"Item": {"Id": {"S": "k"}}, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": 3.0}
      """

  @update_item
  Scenario: An update is charged for the larger of the item before and after
    Given a table Blobs keyed by Id
    And an item of 3000 bytes in Blobs
    When I update an item in Blobs with:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "REMOVE Payload", "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": 3.0}
      """

  @delete_item
  Scenario: A delete is charged for the size of the deleted item
    Given a table Blobs keyed by Id
    And an item of 3000 bytes in Blobs
    When I delete an item from Blobs with:
      """
      {"Key": {"Id": {"S": "k"}}, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": 3.0}
      """

  Scenario Outline: A <kind> read of a <bytes>-byte item consumes <units> read units
    Given a table Blobs keyed by Id
    And an item of <bytes> bytes in Blobs
    When I get an item from Blobs with:
      """
      {"Key": {"Id": {"S": "k"}}, "ConsistentRead": <strong>, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": <units>}
      """

    Examples:
      | kind                  | bytes | strong | units |
      | strongly consistent   | 4096  | true   | 1.0   |
      | strongly consistent   | 4097  | true   | 2.0   |
      | eventually consistent | 4096  | false  | 0.5   |
      | eventually consistent | 8192  | false  | 1.0   |

  @batch_write_item
  Scenario: A batch reports the capacity it consumed per table
    Given a table Employee keyed by LoginAlias
    When I write in one batch with:
      """
      {"RequestItems": {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "mateoj"}}}}]},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      [{"TableName": "Employee", "CapacityUnits": 2.0}]
      """

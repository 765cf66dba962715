# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html (reads: "Item sizes for reads are rounded up to the next 4 KB multiple", half a unit for an eventually consistent read; writes: one unit per 1 KB, rounded up)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html ("Provisioned throughput considerations for Local Secondary Indexes": "If you write a new item to the table that defines an indexed attribute ... one write operation is required to put the item into the index"; "If an update to the table changes the value of an indexed key attribute (from A to B), two writes are required"; "If an item was present in the index, but a write to the table caused the indexed attribute to be deleted, one write is required"; "If an item is not present in the index before or after the item is updated, there is no additional write cost for the index"; the size of an index entry: the table key, the index key and the projected attributes)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html ("Provisioned throughput considerations for Global Secondary Indexes": the same rules for writes to a global index, and "If an update to the table only changes the value of projected attributes in the index key schema, but does not change the value of any indexed key attribute, one write is required to update the values of the projected attributes into the index")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html ("The size of a null attribute or a Boolean attribute is (number of UTF-8-encoded bytes of attribute name) + (1 byte)"; "The size of a List or Map is (number of UTF-8-encoded bytes of attribute name) + sum (size of nested elements) + (3 bytes). The size of an empty List or Map is (number of UTF-8-encoded bytes of attribute name) + (3 bytes)"; "Each List or Map element also requires 1 byte of overhead")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html (CapacityUnits "The total number of capacity units consumed by the operation"; Table; LocalSecondaryIndexes; GlobalSecondaryIndexes)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html (ReturnConsumedCapacity: "INDEXES - The response includes the aggregate ConsumedCapacity for the operation, together with ConsumedCapacity for each table and secondary index that was accessed"; "TOTAL - The response includes only the aggregate ConsumedCapacity for the operation")
# Seed: "`ReturnConsumedCapcity` - `NONE` | `TOTAL` (Returns total capacity consumed by indexes) | `INDEXES` (Returns capacity consumed by indexes)"
@consumed_capacity @capacity_arithmetic
Feature: Capacity units of writes that touch secondary indexes, and of reads of missing items
  A write to a table with secondary indexes also writes each index whose key the item has,
  before or after the write: one write to put an entry in, one to take it out, two to move it
  to another index key. An index entry holds the keys and the projected attributes only, so a
  large item's entry in a KEYS_ONLY index still fits in one write unit.

  The last scenarios put items of exactly 1,024 and 1,025 bytes, without the index key, holding
  a NULL, a BOOL, empty and full lists and maps of multi-byte strings and names: one write unit
  covers 1 KB, so the byte past it costs a second unit only if each type is counted as the item
  size page says. "x…" is written out to the bytes that the other attributes leave.

  Background:
    Given a table Music keyed by Artist and sorted by SongTitle with a local secondary index AlbumIndex on AlbumTitle
    And the item in Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "AlbumTitle": {"S": "Somewhat Famous"}}
      """

  Scenario: A put of an item with the index key writes the table and the index
    When I put an item into Music with:
      """
      {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}, "AlbumTitle": {"S": "Songs About Life"}},
       "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0, "Table": {"CapacityUnits": 1.0},
       "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": 1.0}}}
      """

  Scenario: TOTAL reports the sum over the table and its index, without the shares
    When I put an item into Music with:
      """
      {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}, "AlbumTitle": {"S": "Songs About Life"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0}
      """
    And "/ConsumedCapacity/Table" is not in the response
    And "/ConsumedCapacity/LocalSecondaryIndexes" is not in the response

  Scenario: A put of an item without the index key costs the table alone
    When I put an item into Music with:
      """
      {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}, "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 1.0, "Table": {"CapacityUnits": 1.0}}
      """

  Scenario: A 2,965-byte item costs the table three units, and its keys-only index entry one
    When I call PutItem on Music with "x…" written out to 2900 bytes:
      """
      {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}, "AlbumTitle": {"S": "Songs About Life"}, "Lyrics": {"S": "x…"}},
       "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 4.0, "Table": {"CapacityUnits": 3.0},
       "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": 1.0}}}
      """

  Scenario: An update that moves the item to another index key takes two index writes
    When I update an item in Music with:
      """
      {"Key": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}},
       "UpdateExpression": "SET AlbumTitle = :a", "ExpressionAttributeValues": {":a": {"S": "Another Album"}},
       "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 3.0, "Table": {"CapacityUnits": 1.0},
       "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": 2.0}}}
      """

  Scenario: An update that removes the index key takes one index write, to delete the entry
    When I update an item in Music with:
      """
      {"Key": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}},
       "UpdateExpression": "REMOVE AlbumTitle", "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0, "Table": {"CapacityUnits": 1.0},
       "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": 1.0}}}
      """

  Scenario: An update that gives an item the index key takes one index write, to put the entry
    Given the item in Music:
      """
      {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}}
      """
    When I update an item in Music with:
      """
      {"Key": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}},
       "UpdateExpression": "SET AlbumTitle = :a", "ExpressionAttributeValues": {":a": {"S": "Songs About Life"}},
       "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0, "Table": {"CapacityUnits": 1.0},
       "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": 1.0}}}
      """

  Scenario: Deleting an item in the index takes one index write
    When I delete an item from Music with:
      """
      {"Key": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}, "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0, "Table": {"CapacityUnits": 1.0},
       "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": 1.0}}}
      """

  Scenario: A batch reports the table's and the index's shares summed over its writes
    When I write in one batch with:
      """
      {"RequestItems": {"Music": [
         {"PutRequest": {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Happy Day"}, "AlbumTitle": {"S": "Songs About Life"}}}},
         {"PutRequest": {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "PartiQL Rocks"}, "AlbumTitle": {"S": "Another Album"}}}},
         {"PutRequest": {"Item": {"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "No Album"}}}}]},
       "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      [{"TableName": "Music", "CapacityUnits": 5.0, "Table": {"CapacityUnits": 3.0},
        "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": 2.0}}}]
      """

  Scenario: A global secondary index's writes are reported under GlobalSecondaryIndexes
    When I create a table GameScores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [{"IndexName": "GameTitleIndex", "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}],
                                   "Projection": {"ProjectionType": "ALL"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And I put into GameScores the item below, padded to 2000 bytes with "x" in attribute "History":
      """
      {"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}}
      """
    And I put an item into GameScores with:
      """
      {"Item": {"UserId": {"S": "101"}, "GameTitle": {"S": "Meteor Blasters"}}, "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "GameScores", "CapacityUnits": 5.0, "Table": {"CapacityUnits": 2.0},
       "GlobalSecondaryIndexes": {"GameTitleIndex": {"CapacityUnits": 3.0}}}
      """

  Scenario: A batch reports a global secondary index's share summed over its writes
    When I create a table GameScores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [{"IndexName": "GameTitleIndex", "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}],
                                   "Projection": {"ProjectionType": "ALL"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And I write in one batch with:
      """
      {"RequestItems": {"GameScores": [
         {"PutRequest": {"Item": {"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}}}},
         {"PutRequest": {"Item": {"UserId": {"S": "102"}, "GameTitle": {"S": "Meteor Blasters"}}}},
         {"PutRequest": {"Item": {"UserId": {"S": "103"}}}}]},
       "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      [{"TableName": "GameScores", "CapacityUnits": 5.0, "Table": {"CapacityUnits": 3.0},
        "GlobalSecondaryIndexes": {"GameTitleIndex": {"CapacityUnits": 2.0}}}]
      """

  Scenario: An update that changes only an attribute the global index projects takes one index write
    When I create a table GameScores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [{"IndexName": "GameTitleIndex", "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}],
                                   "Projection": {"ProjectionType": "ALL"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And I put an item into GameScores with:
      """
      {"Item": {"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5"}}}
      """
    And I update an item in GameScores with:
      """
      {"Key": {"UserId": {"S": "101"}}, "UpdateExpression": "SET TopScore = :s", "ExpressionAttributeValues": {":s": {"N": "6"}},
       "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "GameScores", "CapacityUnits": 2.0, "Table": {"CapacityUnits": 1.0},
       "GlobalSecondaryIndexes": {"GameTitleIndex": {"CapacityUnits": 1.0}}}
      """

  Scenario Outline: Reading an item that does not exist still consumes <units> read units (<kind>)
    When I get an item from Music with:
      """
      {"Key": {"Artist": {"S": "Nobody"}, "SongTitle": {"S": "Nothing"}}, "ConsistentRead": <strong>, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then no item is returned
    And the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": <units>}
      """

    Examples:
      | kind                  | strong | units |
      | strongly consistent   | true   | 1.0   |
      | eventually consistent | false  | 0.5   |

  # API_Query.html, Select: "If you query or scan a local secondary index and request only
  # attributes that are projected into that index, the operation will read only the index and not
  # the table. If any of the requested attributes are not projected into the local secondary index,
  # DynamoDB fetches each of these attributes from the parent table"; ALL_ATTRIBUTES: "for each
  # matching item in the index, DynamoDB fetches the entire item from the parent table". Each read
  # is charged to what it reads (API_ConsumedCapacity.html: Table, LocalSecondaryIndexes): for one
  # small item one unit each when strongly consistent, half of each when eventually consistent.
  Scenario Outline: A query of a local index that fetches the item reads the index and the table (<kind>)
    When I query Music with:
      """
      {"IndexName": "AlbumIndex", "KeyConditionExpression": "Artist = :a", "ExpressionAttributeValues": {":a": {"S": "No One You Know"}},
       "Select": "ALL_ATTRIBUTES", "ConsistentRead": <strong>, "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": <total>, "Table": {"CapacityUnits": <each>},
       "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": <each>}}}
      """

    Examples:
      | kind                  | strong | total | each |
      | strongly consistent   | true   | 2.0   | 1.0  |
      | eventually consistent | false  | 1.0   | 0.5  |

  Scenario: A query of a local index for what it projects reads the index alone
    When I query Music with:
      """
      {"IndexName": "AlbumIndex", "KeyConditionExpression": "Artist = :a", "ExpressionAttributeValues": {":a": {"S": "No One You Know"}},
       "ConsistentRead": true, "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 1.0, "Table": {"CapacityUnits": 0.0},
       "LocalSecondaryIndexes": {"AlbumIndex": {"CapacityUnits": 1.0}}}
      """

  Scenario: An item of exactly 1,024 bytes with a NULL attribute costs one write unit
    When I call PutItem on Music with "x…" written out to 998 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Rien": {"NULL": true}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 1.0}
      """

  Scenario: An item of 1,025 bytes with a NULL attribute costs two write units
    When I call PutItem on Music with "x…" written out to 999 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Rien": {"NULL": true}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0}
      """

  Scenario: An item of exactly 1,024 bytes with a BOOL attribute costs one write unit
    When I call PutItem on Music with "x…" written out to 998 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Vrai": {"BOOL": true}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 1.0}
      """

  Scenario: An item of 1,025 bytes with a BOOL attribute costs two write units
    When I call PutItem on Music with "x…" written out to 999 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Vrai": {"BOOL": true}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0}
      """

  Scenario: An item of exactly 1,024 bytes with an empty map and an empty list costs one write unit
    When I call PutItem on Music with "x…" written out to 987 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Carte": {"M": {}}, "Liste": {"L": []}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 1.0}
      """

  Scenario: An item of 1,025 bytes with an empty map and an empty list costs two write units
    When I call PutItem on Music with "x…" written out to 988 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Carte": {"M": {}}, "Liste": {"L": []}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0}
      """

  Scenario: An item of exactly 1,024 bytes with a list costs one write unit
    When I call PutItem on Music with "x…" written out to 986 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Liste": {"L": [{"S": "€uro"}, {"NULL": true}]}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 1.0}
      """

  Scenario: An item of 1,025 bytes with a list costs two write units
    When I call PutItem on Music with "x…" written out to 987 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Liste": {"L": [{"S": "€uro"}, {"NULL": true}]}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0}
      """

  Scenario: An item of exactly 1,024 bytes with a map costs one write unit
    When I call PutItem on Music with "x…" written out to 982 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Carte": {"M": {"clé-€": {"S": "😀"}}}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 1.0}
      """

  Scenario: An item of 1,025 bytes with a map costs two write units
    When I call PutItem on Music with "x…" written out to 983 bytes:
      """
      {"Item": {"Artist": {"S": "A"}, "SongTitle": {"S": "S"}, "Carte": {"M": {"clé-€": {"S": "😀"}}}, "Rest": {"S": "x…"}},
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Music", "CapacityUnits": 2.0}
      """

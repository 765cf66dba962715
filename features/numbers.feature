# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html (Number: "Numbers can have up to 38 digits of precision. Exceeding this results in an exception."; "Positive range: 1E-130 to 9.9999999999999999999999999999999999999E+125"; "Negative range: -9.9999999999999999999999999999999999999E+125 to -1E-130"; "Leading and trailing zeroes are trimmed."; Set types: "Each value within a set must be unique.")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html (N, NS: "Numbers are sent across the network to DynamoDB as strings ... However, DynamoDB treats them as number type attributes for mathematical operations.")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html (ScanIndexForward: "If the data type of the sort key is Number, the results are returned in numeric order")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html (SET "to add or subtract from an attribute that is of type Number"; ADD: "If the existing attribute is a number, and if Value is also a number, then Value is mathematically added to the existing attribute"; ADD and DELETE add elements to a set and take them from it)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html (=, <>, <, >, BETWEEN, IN, contains)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html (TransactionCanceledException: an update fails with "Number overflow. Attempting to store a number with magnitude larger than supported range.")
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
# Seed: "By default, PutItem will update the item if it already exists. To determine if already exists, if the table has a simple primary key then it uses partition key to determine if exists and if composite key it uses both partition key and sort key"
# Seed: "Here's where it gets interesting - dynamo sorts items on partition by sort key value"
# Records: the spellings live DynamoDB takes and refuses, the text it returns numbers in, and the exact messages of the @strict scenarios are those recorded by dynalite's test suite (numbers in Item, Key, NS and ExpressionAttributeValues; "should put really long numbers") and by ScyllaDB Alternator's test_number.py (valid and invalid spellings; sums past 38 digits or past the range are refused, the first with "Number overflow").
@numbers
Feature: Numbers at the edges of precision, range and spelling
  A number is an exact decimal of at most 38 significant digits: zero, or of magnitude 1E-130 to
  9.9999999999999999999999999999999999999E+125. It travels as a string, is one value however it
  is written (as a key, a set member or an operand), and comes back with leading and trailing
  zeros trimmed and no exponent.

  Background:
    Given a table Numbers keyed by Id

  Scenario Outline: <number> is stored (<why>)
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "<number>"}}
      """
    Then the request succeeds
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Value": {"N": "<number>"}}
      """

    Examples: the four ends of the range
      | number                                        | why                                 |
      | 9.9999999999999999999999999999999999999E+125  | the largest number                  |
      | 1E-130                                        | the smallest positive number        |
      | -9.9999999999999999999999999999999999999E+125 | the most negative number            |
      | -1E-130                                       | the negative number closest to zero |

    Examples: 38 significant digits, leading and trailing zeros not counted
      | number                                              | why                             |
      | 12345678901234567890123456789012345678              | 38 digits                       |
      | 0.00012345678901234567890123456789012345678         | 38 digits after leading zeros   |
      | -1.23456789012345678901234567890123456780000        | 38 digits before trailing zeros |
      | 100000000000000000000000000000000000000000000000000 | one digit and 50 trailing zeros |

    Examples: spellings live DynamoDB takes
      | number | why                                  |
      | .123   | no digit before the point            |
      | 0e1000 | zero with an exponent past the range |

  Scenario: A leading plus sign is taken, and the number is stored without it
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "+3"}}
      """
    Then the request succeeds
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Value": {"N": "3"}}
      """

  Scenario Outline: <number> is refused and nothing is written (<why>)
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "<number>"}}
      """
    Then the request fails with ValidationException
    And Numbers holds no item with key:
      """
      {"Id": {"S": "n"}}
      """

    Examples: one step past the ends of the range
      | number    | why                                      |
      | 1E+126    | just above the largest number            |
      | 10E+125   | 1E+126 written with a two-digit mantissa |
      | -1E+126   | just below the most negative number      |
      | 1E-131    | closer to zero than 1E-130               |
      | -0.1E-130 | -1E-131 written with a fraction          |

    Examples: 39 significant digits
      | number                                  | why                             |
      | 123456789012345678901234567890123456789 | 39 digits                       |
      | 100000000000000000000000000000000000001 | zeros between digits are digits |

    Examples: not numbers
      | number   | why                    |
      | NaN      | not a number           |
      | Infinity | infinity is no decimal |

  Scenario: The empty string is not a number
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": ""}}
      """
    Then the request fails with ValidationException
    And Numbers holds no item with key:
      """
      {"Id": {"S": "n"}}
      """

  Scenario: A space before or after the digits makes a number no number
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": " 1"}}
      """
    Then the request fails with ValidationException
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "1 "}}
      """
    Then the request fails with ValidationException
    And Numbers holds no item with key:
      """
      {"Id": {"S": "n"}}
      """

  @strict
  Scenario: A number of 39 significant digits is refused word for word
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "-1.23456789012345678901234567890123456789"}}
      """
    Then the request fails with ValidationException
    And the error message is "Attempting to store more than 38 significant digits in a Number"

  @strict
  Scenario: A number above the range is refused word for word
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "-1e126"}}
      """
    Then the request fails with ValidationException
    And the error message is "Number overflow. Attempting to store a number with magnitude larger than supported range"

  @strict
  Scenario: A number closer to zero than the range allows is refused word for word
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "1e-131"}}
      """
    Then the request fails with ValidationException
    And the error message is "Number underflow. Attempting to store a number with magnitude smaller than supported range"

  @strict
  Scenario: A string that is no number is refused word for word, and named
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "b"}}
      """
    Then the request fails with ValidationException
    And the error message is "The parameter cannot be converted to a numeric value: b"

  Scenario Outline: <sent> comes back as <returned>
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Value": {"N": "<sent>"}}
      """
    When I get an item from Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "ConsistentRead": true}
      """
    Then the Item in the response is, with every number written exactly so:
      """
      {"Id": {"S": "n"}, "Value": {"N": "<returned>"}}
      """

    Examples: leading and trailing zeros are trimmed
      | sent                                             | returned                                 |
      | -00001.23456789012345678901234567890123456780000 | -1.2345678901234567890123456789012345678 |
      | 1.50                                             | 1.5                                      |

    Examples: an exponent is written out in digits
      | sent                                               | returned                                                                                                                           |
      | -0015.789e6                                        | -15789000                                                                                                                          |
      | 0009.99999999999999999999999999999999999990000e125 | 999999999999999999999999999999999999990000000000000000000000000000000000000000000000000000000000000000000000000000000000000000     |
      | 0001.000e-130                                      | 0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001 |

  Scenario: A put with key 1.0 replaces the item put with key 1
    Given a table Prices with key schema:
      | attribute | type | key  |
      | Sku       | N    | HASH |
    And the item in Prices:
      """
      {"Sku": {"N": "1"}, "Label": {"S": "first"}}
      """
    When I put an item into Prices:
      """
      {"Sku": {"N": "1.0"}, "Label": {"S": "second"}}
      """
    Then the request succeeds
    When I scan Prices with:
      """
      {}
      """
    Then the Items in the response are, with every number written exactly so:
      """
      [{"Sku": {"N": "1"}, "Label": {"S": "second"}}]
      """

  Scenario Outline: A get with key <key> finds the item put with key 1
    Given a table Prices with key schema:
      | attribute | type | key  |
      | Sku       | N    | HASH |
    And the item in Prices:
      """
      {"Sku": {"N": "1"}, "Label": {"S": "first"}}
      """
    When I get an item from Prices with:
      """
      {"Key": {"Sku": {"N": "<key>"}}, "ConsistentRead": true}
      """
    Then the Item in the response is, with every number written exactly so:
      """
      {"Sku": {"N": "1"}, "Label": {"S": "first"}}
      """

    Examples:
      | key     |
      | 1.00    |
      | 10E-1   |

  Scenario: A delete with key 100E-2 deletes the item put with key 1
    Given a table Prices with key schema:
      | attribute | type | key  |
      | Sku       | N    | HASH |
    And the item in Prices:
      """
      {"Sku": {"N": "1"}, "Label": {"S": "first"}}
      """
    When I delete the item from Prices with key:
      """
      {"Sku": {"N": "100E-2"}}
      """
    Then the request succeeds
    And Prices holds no item with key:
      """
      {"Sku": {"N": "1"}}
      """

  Scenario: On a number sort key, 2.50 names the item put as 2.5
    Given a table Readings with key schema:
      | attribute | type | key   |
      | Sensor    | S    | HASH  |
      | Tick      | N    | RANGE |
    And the item in Readings:
      """
      {"Sensor": {"S": "s1"}, "Tick": {"N": "2.5"}, "Label": {"S": "first"}}
      """
    When I put an item into Readings:
      """
      {"Sensor": {"S": "s1"}, "Tick": {"N": "2.50"}, "Label": {"S": "second"}}
      """
    Then the request succeeds
    When I query Readings with:
      """
      {"KeyConditionExpression": "Sensor = :s", "ExpressionAttributeValues": {":s": {"S": "s1"}}}
      """
    Then the Items in the response are, with every number written exactly so:
      """
      [{"Sensor": {"S": "s1"}, "Tick": {"N": "2.5"}, "Label": {"S": "second"}}]
      """

  Scenario: Query returns number sort keys in numeric order, from the most negative number to the largest
    Given a table Readings with key schema:
      | attribute | type | key   |
      | Sensor    | S    | HASH  |
      | Tick      | N    | RANGE |
    And the items in Readings:
      """
      [{"Sensor": {"S": "s1"}, "Tick": {"N": "1.5e2"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "-1E-130"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "0"}},
       {"Sensor": {"S": "s1"}, "Tick": {"N": "9.9999999999999999999999999999999999999E+125"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "0.99999999999999999999999999999999999999"}},
       {"Sensor": {"S": "s1"}, "Tick": {"N": "1"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "-9.9999999999999999999999999999999999999E+125"}},
       {"Sensor": {"S": "s1"}, "Tick": {"N": "1.0000000000000000000000000000000000001"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "-1.5"}},
       {"Sensor": {"S": "s1"}, "Tick": {"N": "1E-130"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "-10"}}]
      """
    When I query Readings with:
      """
      {"KeyConditionExpression": "Sensor = :s", "ExpressionAttributeValues": {":s": {"S": "s1"}}}
      """
    Then the query returns the Tick values in this order:
      """
      [{"N": "-9.9999999999999999999999999999999999999E+125"}, {"N": "-10"}, {"N": "-1.5"}, {"N": "-1E-130"}, {"N": "0"}, {"N": "1E-130"},
       {"N": "0.99999999999999999999999999999999999999"}, {"N": "1"}, {"N": "1.0000000000000000000000000000000000001"}, {"N": "150"},
       {"N": "9.9999999999999999999999999999999999999E+125"}]
      """

  Scenario: ScanIndexForward false returns number sort keys in descending numeric order
    Given a table Readings with key schema:
      | attribute | type | key   |
      | Sensor    | S    | HASH  |
      | Tick      | N    | RANGE |
    And the items in Readings:
      """
      [{"Sensor": {"S": "s1"}, "Tick": {"N": "-1E-130"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "1E+2"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "0"}},
       {"Sensor": {"S": "s1"}, "Tick": {"N": "99"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "-2"}}]
      """
    When I query Readings with:
      """
      {"KeyConditionExpression": "Sensor = :s", "ExpressionAttributeValues": {":s": {"S": "s1"}}, "ScanIndexForward": false}
      """
    Then the query returns the Tick values in this order:
      """
      [{"N": "100"}, {"N": "99"}, {"N": "0"}, {"N": "-1E-130"}, {"N": "-2"}]
      """

  Scenario: A key condition's bounds are numbers, however they are written
    Given a table Readings with key schema:
      | attribute | type | key   |
      | Sensor    | S    | HASH  |
      | Tick      | N    | RANGE |
    And the items in Readings:
      """
      [{"Sensor": {"S": "s1"}, "Tick": {"N": "-2"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "-1.5"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "-1E-130"}},
       {"Sensor": {"S": "s1"}, "Tick": {"N": "0"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "1"}}, {"Sensor": {"S": "s1"}, "Tick": {"N": "1.0000000000000000000000000000000000001"}}]
      """
    When I query Readings with:
      """
      {"KeyConditionExpression": "Sensor = :s AND Tick BETWEEN :lo AND :hi",
       "ExpressionAttributeValues": {":s": {"S": "s1"}, ":lo": {"N": "-15E-1"}, ":hi": {"N": "1.000"}}}
      """
    Then the query returns the Tick values in this order:
      """
      [{"N": "-1.5"}, {"N": "-1E-130"}, {"N": "0"}, {"N": "1"}]
      """

  Scenario: A number set holding 1 and 1.0 holds one value twice and is refused
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1", "1.0"]}}
      """
    Then the request fails with ValidationException
    And Numbers holds no item with key:
      """
      {"Id": {"S": "n"}}
      """

  @strict
  Scenario: A number set with a duplicate is refused word for word
    When I put an item into Numbers:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1", "1"]}}
      """
    Then the request fails with ValidationException
    And the error message is "Input collection contains duplicates"

  Scenario: Number set members come back trimmed and without exponents
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1.50", "007", "-2.0e1"]}}
      """
    When I get an item from Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "ConsistentRead": true}
      """
    Then the Item in the response is, with every number written exactly so:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1.5", "7", "-20"]}}
      """

  Scenario: ADD of 1.0 to a number set that holds 1 adds nothing for it
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1", "2"]}}
      """
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "ADD Sizes :v", "ExpressionAttributeValues": {":v": {"NS": ["1.0", "3"]}}}
      """
    Then the request succeeds
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1", "2", "3"]}}
      """

  Scenario: DELETE of 2.00 from a number set takes out 2
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1", "2"]}}
      """
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "DELETE Sizes :v", "ExpressionAttributeValues": {":v": {"NS": ["2.00"]}}}
      """
    Then the request succeeds
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1"]}}
      """

  @strict
  Scenario: An operand set with a duplicate is refused word for word, naming its placeholder
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Sizes": {"NS": ["1", "2"]}}
      """
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "ADD Sizes :v", "ExpressionAttributeValues": {":v": {"NS": ["3", "3"]}}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeValues contains invalid value: Input collection contains duplicates for key :v"

  Scenario Outline: <condition> with :v = <v> is <outcome> when Price is 1 and Sizes is {1, 2}
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Price": {"N": "1"}, "Sizes": {"NS": ["1", "2"]}}
      """
    When I put an item into Numbers with:
      """
      {"Item": {"Id": {"S": "n"}}, "ConditionExpression": "<condition>", "ExpressionAttributeValues": {":v": {"N": "<v>"}}}
      """
    Then the write is <outcome>

    Examples: equal numbers, however written
      | condition           | v     | outcome  |
      | Price = :v          | 1.0   | accepted |
      | Price <> :v         | 1.000 | rejected |
      | contains(Sizes, :v) | 2.0   | accepted |

    Examples: numbers that differ only in their 38th digit
      | condition   | v                                        | outcome  |
      | Price = :v  | 1.0000000000000000000000000000000000001  | rejected |
      | Price < :v  | 1.0000000000000000000000000000000000001  | accepted |
      | Price > :v  | 0.99999999999999999999999999999999999999 | accepted |

  @strict
  Scenario: A condition operand past the range is refused word for word, naming its placeholder
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Price": {"N": "1"}}
      """
    When I put an item into Numbers with:
      """
      {"Item": {"Id": {"S": "n"}}, "ConditionExpression": "Price < :v", "ExpressionAttributeValues": {":v": {"N": "1E+126"}}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeValues contains invalid value: Number overflow. Attempting to store a number with magnitude larger than supported range for key :v"
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Price": {"N": "1"}}
      """

  Scenario: SET adds exactly, past the precision of a double
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "SET Tally = :a + :b", "ExpressionAttributeValues": {":a": {"N": "1"}, ":b": {"N": "10000000000000000000000"}}}
      """
    Then the request succeeds
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Tally": {"N": "10000000000000000000001"}}
      """

  Scenario: One more than 38 nines is 1E+38, a number of one significant digit
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Tally": {"N": "99999999999999999999999999999999999999"}}
      """
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "SET Tally = Tally + :v", "ExpressionAttributeValues": {":v": {"N": "1"}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the Attributes in the response are, with every number written exactly so:
      """
      {"Tally": {"N": "100000000000000000000000000000000000000"}}
      """

  Scenario: A sum that would need more than 38 significant digits is refused, not rounded, and the item is unchanged
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Tally": {"N": "1E+50"}}
      """
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "SET Tally = Tally + :v", "ExpressionAttributeValues": {":v": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Tally": {"N": "1E+50"}}
      """

  Scenario: A sum past the largest number is refused
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "SET Tally = :a + :b", "ExpressionAttributeValues": {":a": {"N": "9E+125"}, ":b": {"N": "9E+125"}}}
      """
    Then the request fails with ValidationException
    And Numbers holds no item with key:
      """
      {"Id": {"S": "n"}}
      """

  Scenario: ADD reaches the largest number exactly
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Tally": {"N": "9.9999999999999999999999999999999999998E+125"}}
      """
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "ADD Tally :v", "ExpressionAttributeValues": {":v": {"N": "1E+88"}}}
      """
    Then the request succeeds
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Tally": {"N": "9.9999999999999999999999999999999999999E+125"}}
      """

  Scenario: ADD one step past the largest number is refused and the item is unchanged
    Given the item in Numbers:
      """
      {"Id": {"S": "n"}, "Tally": {"N": "9.9999999999999999999999999999999999998E+125"}}
      """
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "ADD Tally :v", "ExpressionAttributeValues": {":v": {"N": "2E+88"}}}
      """
    Then the request fails with ValidationException
    And Numbers holds the item:
      """
      {"Id": {"S": "n"}, "Tally": {"N": "9.9999999999999999999999999999999999998E+125"}}
      """

  Scenario: The result of arithmetic comes back trimmed
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "SET Tally = :a + :b", "ExpressionAttributeValues": {":a": {"N": "1.25"}, ":b": {"N": "0.75"}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the Attributes in the response are, with every number written exactly so:
      """
      {"Tally": {"N": "2"}}
      """

  @strict
  Scenario: A difference that would need more than 38 significant digits is refused word for word
    When I update an item in Numbers with:
      """
      {"Key": {"Id": {"S": "n"}}, "UpdateExpression": "SET Tally = :a - :b", "ExpressionAttributeValues": {":a": {"N": "1E+50"}, ":b": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Number overflow. Attempting to store a number with magnitude larger than supported range"

# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TagResource.html (ResourceArn of 1 to 1283 characters; Tags; a key already set takes the new value)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UntagResource.html (TagKeys: "Existing tags of the resource whose keys are members of this list will be removed")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTagsOfResource.html (Tags; NextToken; ResourceNotFoundException; ResourceArn: "Minimum length of 1. Maximum length of 1283", as in API_TagResource.html and API_UntagResource.html)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/TaggingRestrictions.html ("Each DynamoDB table can have only one tag with the same key. If you try to add an existing tag (same key), the existing tag value is updated to the new value"; keys up to 128 and values up to 256 characters; "The maximum number of tags per resource is 50"; the aws: prefix)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Tag.html (Key 1 to 128 characters, Value 0 to 256)
# Seed: "When you create dynamodb table, the table is created and there is metadata stored about the table along with it. The metadata inludes the key attributes and capacity, etc."
@tags
Feature: A table's tags are set, listed and removed by its ARN
  Tags are metadata kept with the table: given at CreateTable or by TagResource, listed by
  ListTagsOfResource, removed by UntagResource. The table is named by its ARN, which each target
  gives in its own region and account.

  Background:
    Given a table Employee keyed by LoginAlias

  Scenario: TagResource sets tags, and a key set again takes the new value
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "Owner", "Value": "blueTeam"}, {"Key": "Stage", "Value": ""}]}
      """
    Then the request succeeds
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "Owner", "Value": "redTeam"}]}
      """
    And I call ListTagsOfResource on the ARN of table Employee
    Then "/Tags" in the response holds, in any order:
      """
      [{"Key": "Owner", "Value": "redTeam"}, {"Key": "Stage", "Value": ""}]
      """

  Scenario: UntagResource removes the keys it lists, and a key the table lacks is no error
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "Owner", "Value": "blueTeam"}, {"Key": "Stage", "Value": "prod"}]}
      """
    And I call UntagResource on the ARN of table Employee with:
      """
      {"TagKeys": ["Stage", "NeverSet"]}
      """
    Then the request succeeds
    When I call ListTagsOfResource on the ARN of table Employee
    Then "/Tags" in the response holds, in any order:
      """
      [{"Key": "Owner", "Value": "blueTeam"}]
      """

  Scenario: A new table has no tags
    When I call ListTagsOfResource on the ARN of table Employee
    Then "/Tags" in the response holds, in any order:
      """
      []
      """

  Scenario: Tags given at CreateTable are listed, the engine's own options among them
    When I create a table Music with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "Tags": [{"Key": "dynaspec:partitions", "Value": "2"}, {"Key": "Team", "Value": "a"}]}
      """
    And I call ListTagsOfResource on the ARN of table Music
    Then "/Tags" in the response holds, in any order:
      """
      [{"Key": "dynaspec:partitions", "Value": "2"}, {"Key": "Team", "Value": "a"}]
      """

  @strict
  Scenario: A request that would take the table past 50 tags sets none of its tags
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "k01", "Value": "v"}, {"Key": "k02", "Value": "v"}, {"Key": "k03", "Value": "v"}, {"Key": "k04", "Value": "v"},
                {"Key": "k05", "Value": "v"}, {"Key": "k06", "Value": "v"}, {"Key": "k07", "Value": "v"}, {"Key": "k08", "Value": "v"},
                {"Key": "k09", "Value": "v"}, {"Key": "k10", "Value": "v"}, {"Key": "k11", "Value": "v"}, {"Key": "k12", "Value": "v"},
                {"Key": "k13", "Value": "v"}, {"Key": "k14", "Value": "v"}, {"Key": "k15", "Value": "v"}, {"Key": "k16", "Value": "v"},
                {"Key": "k17", "Value": "v"}, {"Key": "k18", "Value": "v"}, {"Key": "k19", "Value": "v"}, {"Key": "k20", "Value": "v"},
                {"Key": "k21", "Value": "v"}, {"Key": "k22", "Value": "v"}, {"Key": "k23", "Value": "v"}, {"Key": "k24", "Value": "v"},
                {"Key": "k25", "Value": "v"}, {"Key": "k26", "Value": "v"}, {"Key": "k27", "Value": "v"}, {"Key": "k28", "Value": "v"},
                {"Key": "k29", "Value": "v"}, {"Key": "k30", "Value": "v"}, {"Key": "k31", "Value": "v"}, {"Key": "k32", "Value": "v"},
                {"Key": "k33", "Value": "v"}, {"Key": "k34", "Value": "v"}, {"Key": "k35", "Value": "v"}, {"Key": "k36", "Value": "v"},
                {"Key": "k37", "Value": "v"}, {"Key": "k38", "Value": "v"}, {"Key": "k39", "Value": "v"}, {"Key": "k40", "Value": "v"},
                {"Key": "k41", "Value": "v"}, {"Key": "k42", "Value": "v"}, {"Key": "k43", "Value": "v"}, {"Key": "k44", "Value": "v"},
                {"Key": "k45", "Value": "v"}, {"Key": "k46", "Value": "v"}, {"Key": "k47", "Value": "v"}, {"Key": "k48", "Value": "v"},
                {"Key": "k49", "Value": "v"}, {"Key": "k50", "Value": "v"}]}
      """
    Then the request succeeds
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "k01", "Value": "changed"}, {"Key": "k51", "Value": "v"}]}
      """
    Then the request fails with ValidationException
    And the error message is "Number of Tags exceed the current limit for the provided ResourceArn"
    When I call ListTagsOfResource on the ARN of table Employee
    Then the Tags in the response has 50 elements

  # TaggingRestrictions.html: "Maximum key length: 128 Unicode characters in UTF-8", "Maximum value
  # length: 256 Unicode characters in UTF-8"; a key and a value of those lengths are a table's to have.
  Scenario: A tag key of 128 characters and a value of 256 are set
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk", "Value": "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"}]}
      """
    Then the request succeeds
    When I call ListTagsOfResource on the ARN of table Employee
    Then the Tags in the response has 1 element

  @strict
  Scenario: A tag key with the aws: prefix is refused
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "Owner", "Value": "blueTeam"}, {"Key": "aws:zzz", "Value": "v"}]}
      """
    Then the request fails with ValidationException
    And the error message is "Tag Key cannot be prefixed with aws:, Key: aws:zzz"

  @strict
  Scenario: A tag key or value with a character outside the allowed set is refused
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "Owner", "Value": "blueTeam"}, {"Key": "a,b", "Value": "v"}]}
      """
    Then the request fails with ValidationException
    And the error message is "The Tag Key provided is invalid, Key: a,b"
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "Team", "Value": "100%"}]}
      """
    Then the request fails with ValidationException
    And the error message is "The Tag Value provided is invalid, Value: 100%"

  @strict
  Scenario: One request naming a tag key twice is refused
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "Owner", "Value": "blueTeam"}, {"Key": "Owner", "Value": "redTeam"}]}
      """
    Then the request fails with ValidationException
    And the error message is "Duplicate Tag Keys provided as input: Duplicate Tag Key found Owner"

  @strict
  Scenario: A refused request sets none of its tags
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": [{"Key": "Owner", "Value": "blueTeam"}, {"Key": "aws:zzz", "Value": "v"}]}
      """
    Then the request fails with ValidationException
    When I call ListTagsOfResource on the ARN of table Employee
    Then "/Tags" in the response holds, in any order:
      """
      []
      """

  @strict
  Scenario: TagResource needs at least one tag and UntagResource at least one key
    When I call TagResource on the ARN of table Employee with:
      """
      {"Tags": []}
      """
    Then the request fails with ValidationException
    And the error message is "Atleast one Tag needs to be provided as Input."
    When I call UntagResource on the ARN of table Employee with:
      """
      {"TagKeys": []}
      """
    Then the request fails with ValidationException
    And the error message is "Atleast one Tag Key needs to be provided as Input."

  @strict
  Scenario: A ResourceArn that is not a table's ARN is refused
    When I call ListTagsOfResource with:
      """
      {"ResourceArn": "a:b:c:d:e:f/g"}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid TableArn: Invalid ResourceArn provided as input a:b:c:d:e:f/g"

  # The ResourceArn is judged before the list beside it (dynalite's suite records DynamoDB's order
  # and messages for TagResource and UntagResource).
  @strict
  Scenario: A ResourceArn that is not a table's ARN is reported before an empty list of tags or keys
    When I call TagResource with:
      """
      {"ResourceArn": "a:b:c:d:e:f/g", "Tags": []}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid TableArn: Invalid ResourceArn provided as input a:b:c:d:e:f/g"
    When I call UntagResource with:
      """
      {"ResourceArn": "a:b:c:d:e:f/g", "TagKeys": []}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid TableArn: Invalid ResourceArn provided as input a:b:c:d:e:f/g"

  # API_UntagResource.html, TagKeys: "Length Constraints: Minimum length of 1. Maximum length of 128."
  Scenario: UntagResource of a key longer than any tag key may be is refused
    When I call UntagResource on the ARN of table Employee with:
      """
      {"TagKeys": ["kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"]}
      """
    Then the request fails with ValidationException

  # The ARN has a table ARN's form, made long by its region: its length alone breaks the
  # member's constraint, which is judged before any table is looked for.
  Scenario Outline: <operation> refuses a ResourceArn of 1,284 characters
    When I call <operation> with "arn:aws:dynamodb:a…:000000000000:table/Employee" written out to 1284 bytes:
      """
      <request>
      """
    Then the request fails with ValidationException

    Examples:
      | operation          | request                                                                                                    |
      | TagResource        | {"ResourceArn": "arn:aws:dynamodb:a…:000000000000:table/Employee", "Tags": [{"Key": "Owner", "Value": "blueTeam"}]} |
      | UntagResource      | {"ResourceArn": "arn:aws:dynamodb:a…:000000000000:table/Employee", "TagKeys": ["Owner"]}                  |
      | ListTagsOfResource | {"ResourceArn": "arn:aws:dynamodb:a…:000000000000:table/Employee"}                                        |

  Scenario: The ARN of a table that does not exist is not found
    When I call ListTagsOfResource on the ARN of table Missing
    Then the request fails with ResourceNotFoundException
    When I call TagResource on the ARN of table Missing with:
      """
      {"Tags": [{"Key": "Owner", "Value": "blueTeam"}]}
      """
    Then the request fails with ResourceNotFoundException

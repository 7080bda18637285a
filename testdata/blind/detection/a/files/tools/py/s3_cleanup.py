import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="AKIAN43JNMTQ6R33RBXD",
    aws_secret_access_key="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",
)

for obj in s3.list_objects_v2(Bucket="acme-tmp-exports").get("Contents", []):
    s3.delete_object(Bucket="acme-tmp-exports", Key=obj["Key"])

# DO NOT USE: "AKIAcdqdtiosrwcdloho" was a typo in the ticket

import boto3
s3 = boto3.client(
    's3',
    aws_access_key_id='AKIAGTB3KHMR3EKDPGPD',
    aws_secret_access_key='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',
    region_name='eu-central-1',
)

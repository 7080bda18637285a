const { S3Client } = require('@aws-sdk/client-s3');
module.exports = new S3Client({
  region: 'us-west-2',
  credentials: {
    accessKeyId: 'AKIAIF4ZVFCAEYYYBTEU',
    secretAccessKey: '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',
  },
});

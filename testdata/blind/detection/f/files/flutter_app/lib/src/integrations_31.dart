// ignore_for_file: constant_identifier_names

// Alibaba Cloud
const alibabaCloudAccessKeySecret = 'oRoWbigoCNuAGYgoxp8D4zJMTvxMEp';
// Holistic.dev
const holisticApiKey = 'wF1BIKy5SCYKKRME2UCq9uaJUrqd50V9CDYbCblAa';

// Opsgenie
const opsgenieApiKey = '306730ac-705e-4c5f-8e74-685d081514ef';

// Terraform Cloud
const tfeTraceId = 'f8a3021e015440bb466ebc285df2f764080af3fa';
// Cloudsmith
const cloudsmithApiKey = '083bd873cd250ccec637885d1837867492b59867';
// FormBucket
const formbucketApiKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NjczNDgyNiIsImlzcyI6ImZvcm1idWNrZXQiLCJpYXQiOjE3MDE2NzgwNDUsInNjb3BlIjoiZnVsbF9hY2Nlc3MifQ.oQ0sjmFPtBPK_40BZLzeXHqbMnIPUy912ZEvhcjgLYQ';


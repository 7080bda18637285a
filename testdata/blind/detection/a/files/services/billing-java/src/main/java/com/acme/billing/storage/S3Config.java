package com.acme.billing.storage;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public class S3Config {
    public AmazonS3 s3() {
        BasicAWSCredentials creds = new BasicAWSCredentials(
            "AKIAHH4LX7DLV4W5XRWY",
            "uGhzhbaqv4CDHDo6S6R5bYLMZ//4Tum/77aG+JVj");
        return AmazonS3ClientBuilder.standard()
            .withCredentials(new AWSStaticCredentialsProvider(creds))
            .withRegion("eu-central-1")
            .build();
    }
}

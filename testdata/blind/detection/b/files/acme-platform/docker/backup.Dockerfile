FROM alpine:3.20
RUN apk add --no-cache s3cmd postgresql16-client
RUN printf '[default]\naccess_key = backup-svc\nsecret_key = BmSkt6vfPy6AktBsptH5V6j1rLSvEQT06yZbkZIL\nhost_base = minio.acme.internal:9000\n' > /root/.s3cfg
COPY backup.sh /backup.sh
CMD ["/backup.sh"]

#!/bin/sh
echo dckr_pat_3E-tgkwjMuebIZTQQRtPFxlRce1 | docker login -u northwindci --password-stdin
DOCKER_PASSWORD=dckr_pat_9_r9mJQbQcbToS3P6Xm_8v4NKDc
DOCKER_ORG_TOKEN=dckr_oat_J-l9jvUNGKzxkRLbL7LeMy27UpKLjI7x

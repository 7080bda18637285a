SUMMARY = "Sensor gateway image"
LICENSE = "MIT"
inherit core-image extrausers

IMAGE_INSTALL:append = " mosquitto python3-paho-mqtt openssh-sftp-server"

EXTRA_USERS_PARAMS = "\
    usermod -p '\$6\$0dd6RN7fhM/qkboE\$OU2ntCEP1tgURaTxHgiNR9d3b47gwPkPuicO7sH7pr0tiMLt.wCABRP0sOoI5UDN7Q5abJK5u1Cvv3hGcpJi81' root; \
    useradd -p '\$6\$JM3.loi77fPhFl0j\$FJfBOyXY.SfgtLq/DsNbdaFByEGhaLpzIkqdCpMSWF9aCMjTsKyxLq2YacbhbO/IoMd7jVSDeT0.3pHbuBS0.1' svc; \
    usermod -a -G sudo svc; \
"

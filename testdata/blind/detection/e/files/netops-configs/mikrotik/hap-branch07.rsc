# 2024-02-10 11:02:13 by RouterOS 7.13.3
# software id = MC4X-3ML0
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-office passphrase="coral-polar-topaz-58"
/ppp secret
add name=branch07-l2tp password=cjNISWXMxrb9h0K1 profile=default-encryption service=l2tp
/interface l2tp-client
add connect-to=vpn.hq.example name=l2tp-hq password=Pxi9Jnkhu9viFd5p user=branch07
/ip ipsec identity
add peer=hq secret="NSEUW51RGJpxNwHp3qjG#G_o"
/user
add group=full name=support password=""
/system identity
set name=hap-branch07

system {
    host-name vyos-lab
    login {
        user vyos {
            authentication {
                encrypted-password "$6$GLDlLscIMKv.CJYL$V6N0BtBGGuvka/D0VDsQUp.IRIBH8NQNXKyltP0l3QsoD6QD1HefpLqzPjim2MBjy1K149xoTMDpAKIg.PHW./"
                plaintext-password ""
            }
        }
    }
}
vpn {
    ipsec {
        authentication {
            psk HQ {
                id 203.0.113.10
                secret "TInaUtNo9UG1Muel1a0uhn7xzRM1a5vI"
            }
        }
    }
}

mod common;
use common::*;

#[test]
fn finds_rsa_pkcs1() {
    let pem = "\
-----BEGIN RSA PRIVATE KEY-----\n\
MIIEpAIBAAKCAQEAAPgg6n/uOHAQx8nHeIfgdleZZnaanve4XX+k3pNnXqYL0FeS\n\
RwU1LuwmL3WcI2GcDsIvLNOIdTmmxGbCfOmsYj4E+CzzkUiGmfjcKqnD3IrbdF5l\n\
1yz7djNdbd8Ki1z/qWFqECE/7zXvDT+9xd+QvmpM644QW0PICh0/8Nl7rAepnl2r\n\
VbbDxIaEslRDBaAx387LEOb9jDaAbOrTx501gTaIpYdG6On6rjqDfFUDdeM4QDYs\n\
ALVqajcsh/hIBtGdQ69acrPW5w22h6eMf27wvUnv04rK84DIm8X2eBCpcKDHu71Q\n\
ER7ydvMvDuP9fSLXvyJEwzH7KLw3qqcFdFvGwSICAwEAAQKCAZCa964o95lLm1an\n\
oDGonBufjpmZ7ArXcKkdsRzdVT3vRJeKVMVfOlvCqz4Ycjn7KZPJjqhmVtXpBwXp\n\
FgFzsvQO38EYJnGBbQ/sxNusD3MezXINL6KCVqSsvtj6w8j5D+RA+sw6Ij4RmOLK\n\
zQRV7xb+VqHfQh8ZR3zzBpfjGXyrPrRvOZ4NuWEbqGCOfGhZnhBzt9mdZDvlfmte\n\
qlLCKmJmvVa9q3BCeuhUfFOVjAQ7h7/+Job5vqDYJxtTrOeSpquRAEkD0W2wXIbW\n\
oWnef73lKKKmOMGjh5JPwU7/AhOQfs0gfnXV93CH/uusrO+kuShewnSnCI36xPo4\n\
AwNV7rnA9ZwM+C4L0AxHdKes5lDZrUOLRQukajfjQIYJDrI9Z2L7htHKTAYn5Wjg\n\
CfXOIB6H0cfA4iHZDRqlvnmlQ9Niy+oJjO1vz3g1gnCjSUpARe3fJdbVRP+Y0t4k\n\
cydDcGnlNcJbH1F/ZxnPsjdt+MWZEFElKhnel6ElKVdtMHAyF5IhCXePnKniwuOe\n\
fWg5sLVp8vUB93V+7ng2/iiNMZjZ1nge6MfUfSaK28lXIuKZ+V5nhsx4AajIAm7t\n\
BXZq1Y54LPOeJoiwJL1uF4aXbz+90rn/SbpYU2yiLyHtkE5vH8O/dNGdkM7pcR6T\n\
DvUqwzWgzo8+EfiAQm7S1+8+YgabYGq+x6GZ3LupnIS893FNW1MvWPXGXQ4MNDxt\n\
h+vbPlo5vkJCJuuUONIu78uChyjek7rCe9CX/bx9oL31c+qOOWOAmF7bbXQgqx7Z\n\
keRo24GXLUWvRdMHkzRsbKz81xd30P+Z4nthXeOKgF/qPq+SRC1lw7/M3/mKcBni\n\
lBaA2myoIw9etzWSSuJ/4GC77yQJOYUb51eG3GImCz9MGiKmd2BKoJKy4hTjwYR/\n\
U9Aq54bZ5cDFNZ2fSplNc1tjTtF2h8kqVECAUWTBORloDNaPDxPYXJjt+2rY6Sj8\n\
o9rtqnYIR7gYfi18sZeVmAQVq19U58ENINcNYo3W/jkW5y3JLT5XVCTB0LlD9K2U\n\
o6LFJYVKdqc3pE7uDFwYFLxcJ2UMGgdkFJj6P7Mdkqj42EBY7VcmI2+RWNc4azeM\n\
e446cO5hzx4GZ4D57VDO8npKfqEDWi1feHcb4hcSONB53R763ujxiUsSCOZbE17k\n\
63g4mSDS096lylD+/dJKtnZd8usrMADfFphU2T/vKmw=\n\
-----END RSA PRIVATE KEY-----\n\
";
    assert_detects("private-key", pem);
}

#[test]
fn finds_pkcs8() {
    let pem = "\
-----BEGIN PRIVATE KEY-----\n\
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQAAyS97JUr9KdeE\n\
Nr1j2MqHedmgOCPkvDrsG+meGsKzwPLrI23P4kKwMbsi+amA5+Y3mle0Umu5HpTv\n\
axeYdXzL3TjtLBzOkuXbKWXeFIDBQyCwOLaYMTSOE8pSkUkrY/KwyO9vhmEu52Kr\n\
oP6AuNBOKlG8mO6l/uLD19MQWqN3IuSgTcGONe9JyXzT0wZ7nxXWLMzZafrSoGGi\n\
mGSQfZDgtueeVkx2AEeWJFkujx5VZEUr9vGO2+heqzjRRZby7LOSfpOSFNfW9BoV\n\
3UFBmkzQ6M97aM2o96Ln3F2oZaNtRvTvMZ6JzCMnakvKfCppBs2ALIu7Mgi0E/yP\n\
Aj6O+SBbUQIDAQABAoIBAM8O1F8n9346+cHDY2h8uBa954imwLLH/n89BfAPzjwk\n\
CdYUvZhZMmjxHR6ja9quMNoE63QJgJ+3hplig2Lwjtf+sjhQOkGM4Tv1IBJ8UZ2g\n\
XIVPtTPxFOYsxphzIiMfBw+fkg9erVrrV99RuZqMWtNfBJPMf5fbgCi/lVBYt4qy\n\
aaAaZ9wtYxQUyKVgu1lyY52YgtU9XPRCD7Gnp0zucZszt6qokTT3EWyKarSSyXvU\n\
PMVP8y47N5ajZ3g1EF4I5KChSVaDwrltwYji6htydk9EUhGBL9eIEH0UyjQ0ucLo\n\
lK3Hpozpdrm53c2b2t/Y0KM7AHLvVSnevI1oIZLJpadYvH2385vXUhFZptGBkO9l\n\
vKB/BFUc/0s/PQnPFOAYMIy9DVaUhuplMyOHM72mcvUiiF5GeeWqwQhZUJed6ukw\n\
WviqVo6tsEp8Y3lyq3gW2zurPAN9AbnTUDmxKT+CTgOQLnawIgwT6qmKtk1Gkmhd\n\
kqHzsCNnFc2nKJ9CEa34cu31VBGN7FSzHmCjDbxiT2fspZ5k7qMHjwlQx6dAImbj\n\
OEB0sfHYZWGYYVgYELpG6iBPJ8DUEQwFlSaUvRJ9TTq03dP8Ibq1ayD5Io8nljky\n\
pMq/pZohd8PUxc2mYLoqBZL776xW0MCug69Q+ltlA6g7Z6FbKyGV6hOju6i0JDgE\n\
SkfWqSXI24qee0KjX9g7FO6/lqnzxKJrrO1NlMi4rX9Qe85pU0tCb/6fWB62tC7r\n\
C3Bdi0jQdXeEoDfOI/lhXlOfR7QL9dPxBa1xjbCf4i9UlQi0bn5lBbC3W1W4H45L\n\
E3Q6l3Ia0OdLts1RFuS0vCkD/+Kz3gSMyQ7MxYRNczD+PjOPLpl4gI2uXtYmLJWK\n\
FcF1kD8xIvEZNfcOT/svt6myxYAE+07OLbS7qxqJVEBCFHPplj69+7VkuKRy7Yo5\n\
M61PTQiuxmIB5PhnqkQktwTgYu5738IuieKRIaSV4ScVkl7g0+YMiV0XCaenJ6WI\n\
hVAgBm8vRxOAsA+BTpbvAsvcOVjGTf4X4i4rBG4mBuHzYqtVJEEO1RN5nhRbuJC2\n\
dCSJkjp+oq6q0gvC/beXGDHqI8PCcM7qIn6NTaaz8UaBVz/XaZRLvFPPrqvb9nk8\n\
Z2vLBnCJC4P7gL8mr0rmrlCPCaANxJMiOCxljKm9dqNvLhoIokqLvBB65PcqHq5q\n\
BuPtQ1zLYCQnn4gzr+kow7ea\n\
-----END PRIVATE KEY-----\n\
";
    assert_detects("private-key", pem);
}

#[test]
fn finds_ec() {
    let pem = "\
-----BEGIN EC PRIVATE KEY-----\n\
MHcCAQEEIA4Fnvt3TdcmRTzqef/SY79Kx2cWFJykWBNGzgBbloveoAoGCCqGSM49\n\
AwEHoUQDQgAE9CvgOEQYCiRIz/5NOcq1EMT3cIMqKLTnTZriuw+QXNIqVk0WZw5z\n\
u9Y08ivAOdAJc+U1SG0btVadWXSS8yCDbQ==\n\
-----END EC PRIVATE KEY-----\n\
";
    assert_detects("private-key", pem);
}

#[test]
fn finds_openssh_escaped() {
    assert_detects("private-key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACD/bU2PjxS5JTYygTu0BJVTcYuoVADvKwlknoWMs+pzDAAAAJDuWQpb7lkK\nWwAAAAtzc2gtZWQyNTUxOQAAACD/bU2PjxS5JTYygTu0BJVTcYuoVADvKwlknoWMs+pzDA\nAAAEAAWpjJrLzswWkA+og+J8ItTvRBE3ZjBP7iwBYMX8V6rP9tTY+PFLklNjKBO7QElVNx\ni6hUAO8rCWSehYyz6nMMAAAADHRlc3RAZml4dHVyZQE=\n-----END OPENSSH PRIVATE KEY-----");
}

#[test]
fn ignores_public_material() {
    assert_clean("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP9tTY+PFLklNjKBO7QElVNxi6hUAO8rCWSehYyz6nMM test@fixture");
    assert_clean("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----");
}

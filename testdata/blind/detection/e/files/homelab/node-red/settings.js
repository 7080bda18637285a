module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "OD5OTTbv0QIieUgz615vHAsM",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$X./NmYmwoM1OVgH/XL/lte.V7WvMK63m2mwCFwZmYqMrYn50epxZi",
            permissions: "*"
        }]
    },
    httpNodeAuth: {user: "flows", pass: "$2b$08$..."},
    functionGlobalContext: { },
    logging: { console: { level: "info", metrics: false, audit: false } }
}

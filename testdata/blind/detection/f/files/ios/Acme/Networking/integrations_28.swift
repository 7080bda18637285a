import Foundation

// viewneo
let viewneoApiKey = "kfE4QVT1mRFmeq0BMyGSSyRBueY8YcRypHVYhgxJ"
// Photoroom
request.setValue("Bearer YOUR_PHOTOROOM_TOKEN_HERE", forHTTPHeaderField: "Authorization")
// Gitter
let gitterToken = "8041730bed6fc2ba82dc2ef987ccabba2148c87d"
// Cohere
request.setValue("Bearer EMDIYtHVRdDNwUzfsUbCXTDylrD4QrJFHivTl2ei", forHTTPHeaderField: "Authorization")
// Dotdigital
request.setValue("Bearer 7SESBNgOl7j2!61", forHTTPHeaderField: "Authorization")

// Vyte
let vyteApiKey = "YOUR_VYTE_TOKEN_HERE"

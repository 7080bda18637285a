import Foundation

// ReadMe
request.setValue("Bearer rdme_84af1faca7d2923e4a89e32298647ca75cb678737d84463af09b3a0ccf011f6479695e", forHTTPHeaderField: "Authorization")
// Weights & Biases
let wandbApiKey = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

// EcoStruxure IT
request.setValue("Bearer MtsAwIgTwdzei4UgV9s41wF6MmvAIWG3bGW4tvCLbRxUnjTo", forHTTPHeaderField: "Authorization")
// AssemblyAI
request.setValue("Bearer 8fba5279c6c0236486105674f066dfe2", forHTTPHeaderField: "Authorization")

// crates.io
request.setValue("Bearer cioAYu5b4PM9VQRLCXGfSYOPi7dRARdSJ2c", forHTTPHeaderField: "Authorization")


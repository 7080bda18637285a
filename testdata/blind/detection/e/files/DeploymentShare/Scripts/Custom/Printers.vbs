Option Explicit
Dim objNetwork
Set objNetwork = CreateObject("WScript.Network")
objNetwork.MapNetworkDrive "Q:", "\\print01\Treiber", False, "CORP\svc_print", "Onyx4356"
objNetwork.AddWindowsPrinterConnection "\\print01\Berlin-2OG-Color"
objNetwork.SetDefaultPrinter "\\print01\Berlin-2OG-Color"

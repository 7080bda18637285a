terraform {
  required_version = ">= 1.5"
}

locals {
  pypi_api_token = "pypi-AgEIcHlwaS5vcmcCJHSVg_CYcRnPWuVkbwg2vq7c2wnfBPDf37OZi6UDvguHH8zUKccsDDtbu5xg6-gdibZ7V6qO4XfUw22fHPdAHZUJs2nzBGIz_4-v5yXu98c7gvjtzMtAZExg8iWy_0odSFJza3-Duavg4vKDfEa5VL9"
  pypi_api_key = "pypi-AgEIcHlwaS5vcmcCJ63YWwbWyJNQCgXrOL9Mez1WRW8bo-mOYkJga8QS4ucfVeSUgx3ZSf4gvmrpxyjG9z8hhjOcDCXfg96JyNmxmnRXWiyXHElTwLpPogcrW4opsg4K_WUoS8Vy9c5is0slxC-5jn3AhW_PZvOA-QxPGiS"
  token = "pypi-AgEIcHlwaS5vcmcCJsvBh8aR1WkalKOK0omdUjmtiuSupqBp9cx1Tt6lfx6x2mHRwlrmJ-iaQTIcjzLMzu2C30bHAuxNBltteggpF1I9m-PGg33G2S0ZbDGf9TViuTp3zV_2SoyhFBbd_Oieyo1epagHsdAzOjPNIaebk0F" # pypi
  pypi_api_token = "pypi-8nMbu8gG"
  pypi_api_token = "xxxxxxxxxxxxxxxx"
  pypi_api_token = "${PYPI_API_TOKEN}"
}

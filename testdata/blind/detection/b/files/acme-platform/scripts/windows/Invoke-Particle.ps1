#Requires -Version 7.0
Set-StrictMode -Version Latest

# Particle
$env:PARTICLE_ACCESS_TOKEN = '2d20b477ef22f3a404b1f535da2445715914ce40'


#!/usr/bin/env bash
# clone the ADO repos used by the reports service
export AZURE_DEVOPS_EXT_PAT="b1nhRuwpzt1TujV0z7vEvhm7H4Rhh8MFhBj6RNyV0ABH6FmhJr8uJQQJ99yZBJrMQ8EaK1goIHPZAZDORZvw"
git clone "https://reports-bot:hniq4atc2onfvgwzt274pktkckkvsl5zu6bapawaf66h7mypymq2@dev.azure.com/acme-corp/Reports/_git/reports-etl"
az devops configure --defaults organization=https://dev.azure.com/acme-corp project=Reports

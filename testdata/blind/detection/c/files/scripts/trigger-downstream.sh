#!/bin/sh
curl -X POST --fail -F token=glptt-1cdf87daf7d663f0e7e0dd1f3a5dd84a9347add3 -F ref=main https://gitlab.northwind.io/api/v4/projects/118/trigger/pipeline
curl --header "PRIVATE-TOKEN: glpat-Lhjgx3od3hEnm7GHsNwC" https://gitlab.com/api/v4/projects

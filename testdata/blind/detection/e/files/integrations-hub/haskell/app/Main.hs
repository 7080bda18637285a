{-# LANGUAGE OverloadedStrings #-}
module Main where

import Database.PostgreSQL.Simple

main :: IO ()
main = do
  conn <- connectPostgreSQL "host=pg-hub.corp.example dbname=hub user=hs_worker password=Bronze7313"
  [Only n] <- query_ conn "select count(*) from jobs" :: IO [Only Int]
  print n

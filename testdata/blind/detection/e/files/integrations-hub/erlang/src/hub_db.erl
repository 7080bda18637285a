-module(hub_db).
-export([connect/0]).

connect() ->
    {ok, C} = epgsql:connect("pg-hub.corp.example", "erl_worker", "B7oYJFMtG9f3S5Yl",
                             #{database => "hub", timeout => 4000}),
    C.

STALE_COMMENT = (
    "This issue has been waiting for triage information for a while. "
    "It will be closed in {days} days unless there is new activity."
)
CLOSE_COMMENT = "Closing for lack of activity. Comment to reopen."

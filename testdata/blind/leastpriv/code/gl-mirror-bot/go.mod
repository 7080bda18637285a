module example.com/gl-mirror-bot

go 1.23

require (
	github.com/google/go-github/v68 v68.0.0
	gitlab.com/gitlab-org/api/client-go v0.116.0
)

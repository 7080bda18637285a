// deploy-herald announces a production deploy in Slack: who shipped, what
// changed, and pings the commit authors.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/slack-go/slack"
)

func main() {
	repo, env := os.Args[1], os.Args[2]
	channel := os.Getenv("HERALD_CHANNEL")

	ds, err := lastTwoDeployments(repo, env)
	if err != nil || len(ds) < 2 {
		log.Fatalf("need two deployments of %s/%s: %v", repo, env, err)
	}
	cmp, err := compare(repo, ds[1].SHA, ds[0].SHA)
	if err != nil {
		log.Fatal(err)
	}

	api := slack.New(os.Getenv("HERALD_SLACK_TOKEN"))

	mentions := map[string]bool{}
	var log_ strings.Builder
	for _, c := range cmp.Commits {
		first := strings.SplitN(c.Commit.Message, "\n", 2)[0]
		fmt.Fprintf(&log_, "%s %s\n", c.SHA[:7], first)
		if u, err := api.GetUserByEmail(c.Commit.Author.Email); err == nil {
			mentions["<@"+u.ID+">"] = true
		}
	}
	who := make([]string, 0, len(mentions))
	for m := range mentions {
		who = append(who, m)
	}

	text := fmt.Sprintf(":ship: %s deployed %s to *%s* (%d commits) %s",
		ds[0].Creator.Login, ds[0].SHA[:7], env, len(cmp.Commits), strings.Join(who, " "))
	_, ts, err := api.PostMessage(channel, slack.MsgOptionText(text, false))
	if err != nil {
		log.Fatal(err)
	}
	if _, err := api.UploadFileV2(slack.UploadFileV2Parameters{
		Channel:         channel,
		ThreadTimestamp: ts,
		Filename:        "changes.txt",
		Content:         log_.String(),
		FileSize:        log_.Len(),
		Title:           "Commits in this deploy",
	}); err != nil {
		log.Fatal(err)
	}
	if err := api.AddReaction("rocket", slack.NewRefToMessage(channel, ts)); err != nil {
		log.Fatal(err)
	}
}

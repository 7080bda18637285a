package cmd

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/acme/branch-reaper/internal/reaper"
	"github.com/google/go-github/v66/github"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var rootCmd = &cobra.Command{
	Use:   "branch-reaper OWNER/REPO",
	Short: "Delete branches whose pull request was merged or closed long ago",
	Args:  cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		owner, repo, ok := strings.Cut(args[0], "/")
		if !ok {
			return fmt.Errorf("want OWNER/REPO, got %q", args[0])
		}
		token := viper.GetString("github-token")
		if token == "" {
			return fmt.Errorf("set --github-token or REAPER_GITHUB_TOKEN")
		}
		client := github.NewClient(nil).WithAuthToken(token)
		if u := viper.GetString("enterprise-url"); u != "" {
			var err error
			client, err = client.WithEnterpriseURLs(u, u)
			if err != nil {
				return err
			}
		}
		r := reaper.Reaper{
			Client:  client,
			Owner:   owner,
			Repo:    repo,
			MaxAge:  viper.GetDuration("max-age"),
			DryRun:  viper.GetBool("dry-run"),
			Comment: viper.GetBool("comment"),
		}
		return r.Run(context.Background())
	},
}

func init() {
	f := rootCmd.Flags()
	f.String("github-token", "", "token (env REAPER_GITHUB_TOKEN)")
	f.String("enterprise-url", "", "GitHub Enterprise Server URL, e.g. https://ghe.acme.io/ (env REAPER_ENTERPRISE_URL)")
	f.Duration("max-age", 30*24*time.Hour, "only reap branches whose PR closed before this")
	f.Bool("dry-run", false, "print what would be deleted")
	f.Bool("comment", true, "leave a note on the pull request")
	_ = viper.BindPFlags(f)

	viper.SetEnvPrefix("REAPER")
	viper.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	viper.AutomaticEnv()
}

func Execute() {
	if err := rootCmd.Execute(); err != nil {
		os.Exit(1)
	}
}

package com.acme.net;

public final class Keys {
// OpenRouter
    private static final String OPENROUTER_WORKSPACE_ID = "fe745c6d-6879-45f4-b1d2-f28f32ce7215";

// Eraser
    private static final String ERASER_COMMIT_SHA = "33719eac-cb76-44af-b5d9-c60bfeaa7398";
// NewsAPI
        conn.setRequestProperty("X-Newsapi-Token", "59eddd2da732aa74a2fd026d9e4c83db");
// SonarCloud
        conn.setRequestProperty("X-Sonarcloud-Token", "26fd849bc8c2e64012bd6aecce29b947c40e078a");

// Buildkite
    private static final String BUILDKITE_API_TOKEN = "bkua_9d5c3b0dcbb3e06d1c20e8d20691b36221117046";

}

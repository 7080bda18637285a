plugins {
    `java-library`
    `maven-publish`
}

group = "com.acme"
version = "1.9.0-SNAPSHOT"

publishing {
    publications {
        create<MavenPublication>("gpr") { from(components["java"]) }
    }
    repositories {
        maven {
            name = "GitHubPackages"
            url = uri("https://maven.pkg.github.com/acme/java-packages")
            credentials {
                username = System.getenv("GITHUB_ACTOR")
                password = System.getenv("GITHUB_TOKEN")
            }
        }
    }
}

import jetbrains.buildServer.configs.kotlin.*

version = "2023.11"
project {
    params {
        password("env.NEXUS_PASSWORD", "credentialsJSON:a7e84744-97b6-48ec-8cb8-dbbe39588bb8")
        param("env.DEPLOY_HOST", "app01.corp.example")
        param("env.DEPLOY_PASSWORD", "%env.DEPLOY_PASSWORD_SECURE%")
    }
}

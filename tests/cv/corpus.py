"""Twelve realistic CVs with hand-made answers, for measuring `bis cv`.

Formats: Markdown (3), plain text (3), PDF (3, generated with fpdf2), DOCX (3, generated
with python-docx); junior to staff; one in Chinese. Layouts differ on purpose: ALL-CAPS
headings, dates on their own line, dates right-aligned beside the title, a Markdown
table of roles, DOCX tables, bold-caps headings without heading styles, "Since June 2022".

The answers were written by reading each CV, not from bis's output:
- skills: every taxonomy skill the CV genuinely names, at the taxonomy's granularity
  ("AWS Lambda" is the skill AWS Lambda; "Django REST Framework" is Django);
- years: counted by hand, months inclusive, as of TODAY; overlapping roles once;
  internships and education not counted;
- absent: words in the CV that look like skills but are not (false friends).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from tests.cv.builders import make_docx, make_pdf

TODAY = date(2026, 3, 15)


@dataclass
class Case:
    id: str
    fmt: str  # pdf | docx | markdown | text
    level: str
    build: Callable[[], bytes]
    skills: set[str]
    years: float
    name: str
    role: str
    absent: set[str] = field(default_factory=set)
    projects: list[str] = field(default_factory=list)


def _text(content: str) -> Callable[[], bytes]:
    return lambda: content.encode("utf-8")


SENIOR_GO_MD = """\
# Jane Doe
Senior Backend Engineer · Berlin · jane.doe@example.com · github.com/janedoe

## Summary
Backend engineer with 10 years of experience building payment systems. The go-to person for
ledger incidents; I like to go deep on data consistency.

## Experience
### Acme Payments — Senior Backend Engineer
Jan 2019 – Present · Berlin
- Led the migration of the ledger from a PHP monolith to Go microservices on Kubernetes.
- Cut p99 latency of the authorisation API from 800 ms to 120 ms with Redis caching.
- Built a transactional outbox with Kafka, processing 40k events/s at peak.
- Ready to go live with a new payout flow every two weeks; on call one week in six.

### Globex — Backend Engineer
Mar 2016 – Dec 2018
- Built REST APIs in Java with Spring Boot and PostgreSQL serving 2M users.
- Introduced Prometheus alerts and Grafana dashboards for the checkout path.

### Globex — Software Engineer Intern
Jun 2015 – Aug 2015
- Wrote Python scripts to reconcile settlement files.

## Projects
**Ledger Reconciler** (Go, PostgreSQL, Kafka)
- Reconciles 5M transactions daily; mismatches fell from 0.4% to 0.01%.

**Rate Limiter Library**
- Open-source Go library for token-bucket limits, used by 12 services.

## Skills
- Languages: Go, Java, Python, SQL
- Data: PostgreSQL, Redis, Kafka
- Infrastructure: Kubernetes, Terraform, AWS, Prometheus, Grafana, GitHub Actions

## Education
B.Sc. Computer Science, TU Berlin, 2011 – 2015

## Interests
Rust Belt history, Spring Festival travel in Asia, playing Go.
"""

JUNIOR_PY_TXT = """\
TOMASZ NOWAK
Junior Backend Developer | Warsaw, Poland | tomasz.nowak@example.com

PROFILE
Junior backend developer who enjoys clean APIs. I would like to express my interest in teams
that care about testing. Quick learner; I react quickly to code review.

EXPERIENCE
Backend Developer, Shoply (e-commerce)          07/2023 to 03/2026
  * Built order and inventory endpoints with Django REST Framework and PostgreSQL.
  * Added Redis caching to the catalogue API, reducing average response time by 35%.
  * Packaged services with Docker and deployed them to AWS ECS.
  * Wrote Celery tasks for sending 20k order e-mails a day.

Backend Intern, DataFarm                        02/2022 to 06/2022
  * Wrote Python ETL scripts loading CSV files into MySQL.

EDUCATION
B.Sc. Computer Science, Warsaw University of Technology     10/2019 to 06/2023
Exchange semester in Lyon, Spring 2022.

SKILLS
Python, Django, PostgreSQL, MySQL, Redis, Docker, AWS, Git, Linux, pytest

PROJECTS
Campus Marketplace
  * Flask app for students to trade textbooks; 1,200 registered users in the first term.
"""


def _staff_java_pdf() -> bytes:
    return make_pdf(
        [
            ("title", "Priya Raman"),
            ("subtitle", "Principal Software Engineer"),
            ("subtitle", "Bangalore, India | priya.raman@example.com"),
            ("heading", "Summary"),
            ("para", "Principal engineer with 17 years in Java and distributed systems. Go-to reviewer for "
                     "API design across 12 teams; known for swift, calm incident command."),  # fmt: skip
            ("heading", "Experience"),
            ("row", ("Principal Software Engineer, StreamCo", "Apr 2018 - Present")),
            ("bullet", "Architected the event platform on Kafka and Flink handling 2 million events per second."),
            ("bullet", "Designed multi-region Cassandra clusters with 99.99% availability."),
            ("bullet", "Led 6 teams through the move from VMs to Kubernetes on GCP; deploys went from weekly "
                       "to 40 per day."),  # fmt: skip
            ("bullet", "Introduced OpenTelemetry tracing and SLOs; paging alerts fell by 60%."),
            ("row", ("Staff Engineer, StreamCo", "Jan 2015 - Jun 2018")),
            ("bullet", "Built the recommendation API in Java with Spring Boot and gRPC serving 30k rps."),
            ("bullet", "Moved hot reads to Memcached, cutting database load by 45%."),
            ("row", ("Senior Software Engineer, Finly", "Aug 2010 - Feb 2015")),
            ("bullet", "Built trade settlement services in Java on Oracle Database and ActiveMQ."),
            ("bullet", "Spring 2012: organised the first internal hackathon with 90 participants."),
            ("row", ("Software Engineer, Finly", "Jul 2008 - Jul 2010")),
            ("bullet", "Wrote Java and C++ pricing components for the bond desk."),
            ("heading", "Skills"),
            ("para", "Java, Kotlin, Scala, C++ | Kafka, Flink, Cassandra, PostgreSQL, Memcached | "
                     "Kubernetes, GCP, Terraform | OpenTelemetry, Prometheus"),  # fmt: skip
            ("heading", "Education"),
            ("para", "B.Tech. Computer Science, IIT Madras, 2004 - 2008"),
        ]
    )


def _mid_node_docx() -> bytes:
    return make_docx(
        [
            ("table", [["Carlos Mendes", "Lisbon | carlos.mendes@example.com"]]),
            ("para", "Backend Engineer (Node.js)"),
            ("heading", "Summary"),
            ("para", "Backend engineer with 7 years of experience. Swift to pick up new tools and calm under "
                     "pressure."),  # fmt: skip
            ("heading", "Experience"),
            ("subheading", "Backend Engineer — Trippy"),
            ("para", "2021.09 - 2026.02"),
            ("bullet", "Built booking APIs with Express and TypeScript on MongoDB, handling 3k requests per second "
                       "at peak."),  # fmt: skip
            ("bullet", "Moved async jobs to RabbitMQ with retries and a dead-letter queue; failed bookings dropped "
                       "by 70%."),  # fmt: skip
            ("bullet", "Wrote AWS Lambda functions for image processing, saving $4k per month."),
            ("subheading", "Full-stack Developer — Webly"),
            ("para", "2019.03 - 2021.08"),
            ("bullet", "Built admin screens in React and the Node.js GraphQL API behind them."),
            ("bullet", "Moved the app to Docker and cut onboarding time from 2 days to 2 hours."),
            ("heading", "Skills"),
            (
                "table",
                [
                    ["Backend", "Node.js, TypeScript, Express, GraphQL, REST"],
                    ["Data", "MongoDB, PostgreSQL, Redis"],
                    ["Cloud", "AWS Lambda, Amazon SQS, Docker"],
                    ["Frontend", "React, HTML/CSS"],
                ],
            ),
            ("heading", "Education"),
            ("para", "B.Sc. Informatics, University of Porto, 2015 - 2019"),
        ]
    )


CHINESE_MD = """\
# 李明
高级后端工程师 | 杭州 | liming@example.com | 138-0000-0000

## 个人简介
10年后端开发经验，熟悉 Go、Java，了解 Rust，擅长高并发系统设计。

## 工作经历
### 杭州某电商科技有限公司 | 高级后端工程师 | 2018年3月 - 至今
- 负责订单中心重构，使用 Go 语言开发微服务，QPS 从 5000 提升到 30000。
- 基于 Kafka 和 RocketMQ 搭建异步消息链路，日处理消息 2亿 条。
- 使用 Redis 集群做库存缓存，接口 P99 延迟从 200毫秒 降到 40毫秒。
- 在阿里云上用 Kubernetes 部署服务，配合 Prometheus 和 Grafana 监控。

### 某支付公司 | 后端开发工程师 | 2015.07-2018.02
- 使用 Java 和 Spring Boot 开发支付网关，MySQL 分库分表，支撑日均 300万 笔交易。
- 引入 Elasticsearch 做交易检索。

## 项目经历
### 订单中心重构（2019.01 - 2020.06）
- 技术栈：Go、gRPC、MySQL、Redis、Kafka
- 将单体拆分为 12 个微服务，发布频率从每月 1 次提升到每天 5 次。

### 秒杀系统
- 技术栈：Go、Redis、Nginx
- 支撑峰值 10万 QPS，零超卖。

## 专业技能
- 语言：Go、Java、Python、SQL
- 中间件：Kafka、RocketMQ、Redis、Elasticsearch、Nginx
- 数据库：MySQL、PostgreSQL
- 云与运维：阿里云、Kubernetes、Docker、Prometheus、Grafana

## 教育背景
浙江大学 计算机科学与技术 本科 2011.09 - 2015.06
"""


def _sre_pdf() -> bytes:
    return make_pdf(
        [
            ("title", "Ahmed Hassan"),
            ("subtitle", "Site Reliability Engineer"),
            ("subtitle", "Dubai | ahmed.hassan@example.com"),
            ("heading", "Experience"),
            ("row", ("Senior Site Reliability Engineer - CloudNine", "03/2020 to 03/2026")),
            ("bullet", "Run 40 Kubernetes clusters on GCP with Terraform and Helm; 99.95% availability over 3 years."),
            ("bullet", "Built the Prometheus, Grafana and Loki observability stack; mean time to detect fell from "
                       "25 to 4 minutes."),  # fmt: skip
            ("bullet", "Wrote Go operators for certificate rotation and Python tooling for capacity planning."),
            ("bullet", "At the helm of the incident review programme; 120 postmortems reviewed."),
            ("row", ("Site Reliability Engineer - Hostly", "06/2016 to 02/2020")),
            ("bullet", "Migrated 300 VMs to AWS EC2 with Ansible, cutting hosting cost by 35%."),
            ("bullet", "Ran Nginx and HAProxy load balancers handling 50k rps."),
            ("bullet", "Kept secrets in HashiCorp Vault and service discovery in Consul."),
            ("row", ("Systems Administrator - Hostly", "01/2014 to 05/2016")),
            ("bullet", "Maintained Linux servers and Jenkins pipelines for 25 teams."),
            ("heading", "Skills"),
            ("para", "Kubernetes, Helm, Terraform, Ansible, GCP, AWS, Prometheus, Grafana, Loki, Go, Python, "
                     "Bash, Nginx, HAProxy, Vault, Consul, Linux, Jenkins, PagerDuty"),  # fmt: skip
            ("heading", "Education"),
            ("para", "B.Eng. Computer Engineering, American University of Sharjah, 2009 - 2013"),
            ("heading", "Interests"),
            ("para", "Sailing a swift little boat; reading about the Rust Belt."),
        ]
    )


RUST_TXT = """\
Lena Fischer — Systems Engineer
Munich | lena.fischer@example.com

About
Systems engineer who likes fast, boring infrastructure. Grew up in the Rust Belt before moving
to Germany. Will I go live on a Friday? Only with a rollback plan.

Experience

Senior Software Engineer, Vectorly (2021 - 2026)
  - Rewrote the ingestion service in Rust with Tokio, raising throughput from 80k to 350k messages/s.
  - Designed a gRPC API over Protocol Buffers for 30 internal clients.
  - Ran a 5-node etcd cluster for leader election of the schedulers.

Software Engineer, Netwise (2017 - 2021)
  - Built packet-processing components in C++ on Linux, reducing CPU usage by 25%.
  - Added ClickHouse for flow analytics over 2 TB per day.

Skills
Rust, C++, C, Python | Tokio, gRPC, Protocol Buffers | etcd, ClickHouse, PostgreSQL | Linux, Docker
"""


def _data_docx() -> bytes:
    return make_docx(
        [
            ("title", "Sofia Rossi"),
            ("para", "Data Engineer · Milan · sofia.rossi@example.com"),
            ("heading", "Professional Experience"),
            ("subheading", "Data Engineer, StreamBank"),
            ("para", "May 2022 – Present"),
            ("bullet", "Built streaming pipelines with Kafka and Flink that feed fraud models within 2 seconds."),
            ("bullet", "Orchestrated 150 Airflow DAGs; failed runs dropped by 80% after adding retries and alerts."),
            ("bullet", "Modelled the warehouse in Snowflake and dbt, cutting report build time from 6 hours to "
                       "40 minutes."),  # fmt: skip
            ("subheading", "Junior Data Engineer, RetailCo"),
            ("para", "Sept 2019 – Apr 2022"),
            ("bullet", "Wrote PySpark jobs on AWS processing 3 TB daily."),
            ("bullet", "Loaded campaign data into BigQuery; the office was a hive of activity before launches."),
            ("heading", "Projects"),
            ("subheading", "Fraud Feature Store"),
            ("para", "Python, Redis, Kafka"),
            ("bullet", "Serves 200 features per transaction at p99 under 15 ms."),
            ("heading", "Skills"),
            ("bullet", "Python, SQL, Scala"),
            ("bullet", "Kafka, Flink, Apache Spark, Airflow, dbt"),
            ("bullet", "Snowflake, BigQuery, PostgreSQL, Redis"),
            ("heading", "Education"),
            ("para", "M.Sc. Data Science, Politecnico di Milano, 2017 – 2019"),
        ]
    )


DOTNET_MD = """\
# Daniel Okafor

**Senior Software Engineer (.NET)** | London | daniel.okafor@example.com

## Experience

| Period | Company | Role |
|---|---|---|
| 2020-01 – 2026-03 | Insurely | Senior Software Engineer |
| 2016-09 – 2019-12 | American Express | Software Engineer |
| 2014-06 – 2016-08 | Contoso Consulting | Junior Developer |

### Insurely
- Built the policy API in C# on ASP.NET Core and SQL Server, serving 1.5M policies.
- Introduced RabbitMQ for claims processing; backlog cleared 3x faster.
- Moved 20 services to Azure Kubernetes Service (AKS) with Terraform.

### American Express
- Maintained payment reconciliation services; reduced nightly batch time from 5 hours to 90 minutes.
- Added Redis for session state across 8 data centres.

## Skills
| Area | Tools |
|---|---|
| Languages | C#, SQL, PowerShell |
| Frameworks | ASP.NET Core, Entity Framework |
| Data | SQL Server, Redis, RabbitMQ |
| Cloud | Azure, Terraform, Docker |
"""

RUBY_TXT = """\
Marcus Lee
Backend Engineer
Austin, TX  ·  marcus.lee@example.com

WORK HISTORY

Lendly — Backend Engineer
Since June 2022
  • Own the loan origination service in Ruby on Rails and PostgreSQL (1.1M applications a year).
  • Moved slow jobs to Sidekiq with Redis; checkout time fell from 4.2 s to 900 ms.
  • Go-to engineer for production incidents; led the Spring 2023 database upgrade.

Shopwise — Software Engineer
Aug. 2019 – May 2022
  • Built GraphQL APIs in Ruby and Elixir for the storefront.
  • Cut AWS spend by 22% by right-sizing EC2 instances.

SKILLS
Ruby, Rails, Elixir, PostgreSQL, Redis, Sidekiq, GraphQL, AWS, Docker, GitHub Actions

PERSONAL PROJECTS
Pantry Tracker — a small Phoenix app tracking 300 household items.
"""


def _php_pdf() -> bytes:
    return make_pdf(
        [
            ("title", "Aisha Khan"),
            ("subtitle", "PHP Developer"),
            ("subtitle", "Manchester, UK | aisha.khan@example.com"),
            ("heading", "Work Experience"),
            ("row", ("Senior PHP Developer at Tixly", "Sept. 2021 to Present")),
            ("bullet", "Maintain the ticketing platform in PHP 8 and Laravel on MySQL, selling 4M tickets a year."),
            ("bullet", "Put Memcached in front of seat-map queries; page load fell from 3.1 s to 1.2 s."),
            ("bullet", "Set up Jenkins pipelines and Docker images for 14 services."),
            ("row", ("PHP Developer at Webcraft", "Jan 2018 to Aug 2021")),
            ("bullet", "Built Symfony sites and moved hosting to Nginx, halving response times (50%)."),
            ("bullet", "Introduced Elasticsearch search for a 200k-product catalogue."),
            ("heading", "Skills"),
            ("para", "PHP, Laravel, Symfony, MySQL, Memcached, Elasticsearch, Nginx, Docker, Jenkins, JavaScript, Vue.js"),
            ("heading", "Education"),
            ("para", "BSc Software Engineering, University of Leeds, Sept. 2014 to Jun. 2017"),
            ("heading", "Interests"),
            ("para", "Chess, baking, Express trains across Europe."),
        ]
    )


def _grad_docx() -> bytes:
    return make_docx(
        [
            ("boldname", "Wei Zhang"),
            ("para", "Graduate Software Engineer | wei.zhang@example.com | Singapore"),
            ("boldheading", "Education"),
            ("para", "B.Comp. Computer Science, National University of Singapore, Aug 2019 - May 2023"),
            ("boldheading", "Experience"),
            ("para", "Software Engineer, Grabbit, Jul 2023 - Present"),
            ("glyphbullet", "Build Kotlin microservices with Spring Boot on PostgreSQL for the rewards platform "
                            "(8M members)."),  # fmt: skip
            ("glyphbullet", "Added Kafka consumers for points events; reduced reconciliation errors by 90%."),
            ("glyphbullet", "Cut CI time from 25 to 11 minutes by removing flaky tests."),
            ("para", "Software Engineering Intern, Grabbit, May 2022 - Aug 2022"),
            ("glyphbullet", "Wrote Java integration tests and helped with a swift rollout of 3 hotfixes."),
            ("boldheading", "Projects"),
            ("para", "Campus Queue Bot: a Telegram bot in Go serving 2,000 students during course registration."),
            ("boldheading", "Skills"),
            ("para", "Kotlin, Java, Go, Spring Boot, PostgreSQL, Kafka, Docker, GitHub Actions"),
        ]
    )


CASES: list[Case] = [
    Case("senior-go-md", "markdown", "senior", _text(SENIOR_GO_MD),
         {"Go", "Java", "Python", "SQL", "PHP", "Kubernetes", "Redis", "Kafka", "REST", "Spring Boot", "PostgreSQL",
          "Prometheus", "Grafana", "Terraform", "AWS", "GitHub Actions"},
         years=121 / 12, name="Jane Doe", role="Senior Backend Engineer", absent={"Rust"},
         projects=["Ledger Reconciler", "Rate Limiter Library"]),
    Case("junior-python-txt", "text", "junior", _text(JUNIOR_PY_TXT),
         {"Python", "Django", "PostgreSQL", "Redis", "Docker", "AWS", "Amazon ECS", "Celery", "MySQL", "Linux",
          "Flask"},
         years=33 / 12, name="Tomasz Nowak", role="Backend Developer", absent={"Express", "React", "Spring Boot"},
         projects=["Campus Marketplace"]),
    Case("staff-java-pdf", "pdf", "staff", _staff_java_pdf,
         {"Java", "Kafka", "Flink", "Cassandra", "Kubernetes", "GCP", "OpenTelemetry", "Spring Boot", "gRPC",
          "Memcached", "Oracle Database", "ActiveMQ", "C++", "Kotlin", "Scala", "PostgreSQL", "Terraform",
          "Prometheus"},
         years=213 / 12, name="Priya Raman", role="Principal Software Engineer", absent={"Go", "Swift"}),
    Case("mid-node-docx", "docx", "mid", _mid_node_docx,
         {"Node.js", "TypeScript", "Express", "MongoDB", "RabbitMQ", "AWS Lambda", "React", "GraphQL", "Docker",
          "REST", "PostgreSQL", "Redis", "Amazon SQS", "HTML/CSS"},
         years=84 / 12, name="Carlos Mendes", role="Backend Engineer", absent={"Swift"}),
    Case("senior-chinese-md", "markdown", "senior", _text(CHINESE_MD),
         {"Go", "Java", "Rust", "Kafka", "RocketMQ", "Redis", "Alibaba Cloud", "Kubernetes", "Prometheus", "Grafana",
          "Spring Boot", "MySQL", "Elasticsearch", "gRPC", "Nginx", "Python", "SQL", "PostgreSQL", "Docker"},
         years=129 / 12, name="李明", role="高级后端工程师", projects=["订单中心重构", "秒杀系统"]),
    Case("senior-sre-pdf", "pdf", "senior", _sre_pdf,
         {"Kubernetes", "GCP", "Terraform", "Helm", "Prometheus", "Grafana", "Loki", "Go", "Python", "AWS",
          "Amazon EC2", "Ansible", "Nginx", "HAProxy", "Vault", "Consul", "Linux", "Jenkins", "Bash", "PagerDuty"},
         years=147 / 12, name="Ahmed Hassan", role="Senior Site Reliability Engineer", absent={"Swift", "Rust"}),
    Case("senior-rust-txt", "text", "senior", _text(RUST_TXT),
         {"Rust", "Tokio", "gRPC", "Protocol Buffers", "etcd", "C++", "Linux", "ClickHouse", "C", "Python",
          "PostgreSQL", "Docker"},
         years=9.0, name="Lena Fischer", role="Senior Software Engineer", absent={"Go"}),
    Case("mid-data-docx", "docx", "mid", _data_docx,
         {"Kafka", "Flink", "Airflow", "Snowflake", "dbt", "Apache Spark", "BigQuery", "AWS", "Python", "Redis",
          "SQL", "Scala", "PostgreSQL"},
         years=79 / 12, name="Sofia Rossi", role="Data Engineer", absent={"Hive"},
         projects=["Fraud Feature Store"]),
    Case("senior-dotnet-md-table", "markdown", "senior", _text(DOTNET_MD),
         {"C#", "ASP.NET Core", "SQL Server", "RabbitMQ", "Azure", "Kubernetes", "Terraform", "Redis", "SQL",
          "Docker"},
         years=142 / 12, name="Daniel Okafor", role="Senior Software Engineer", absent={"Express"}),
    Case("mid-ruby-txt", "text", "mid", _text(RUBY_TXT),
         {"Ruby on Rails", "PostgreSQL", "Sidekiq", "Redis", "Ruby", "GraphQL", "Elixir", "AWS", "Amazon EC2",
          "Docker", "GitHub Actions", "Phoenix"},
         years=80 / 12, name="Marcus Lee", role="Backend Engineer", absent={"Go", "Spring Boot"},
         projects=["Pantry Tracker"]),
    Case("senior-php-pdf", "pdf", "senior", _php_pdf,
         {"PHP", "Laravel", "MySQL", "Memcached", "Jenkins", "Docker", "Symfony", "Nginx", "Elasticsearch",
          "JavaScript", "Vue"},
         years=99 / 12, name="Aisha Khan", role="Senior PHP Developer", absent={"Express"}),
    Case("junior-grad-docx", "docx", "junior", _grad_docx,
         {"Kotlin", "Spring Boot", "PostgreSQL", "Kafka", "Java", "Go", "Docker", "GitHub Actions"},
         years=33 / 12, name="Wei Zhang", role="Software Engineer", absent={"Swift"},
         projects=["Campus Queue Bot"]),
]  # fmt: skip

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "markdown": ".md", "text": ".txt"}

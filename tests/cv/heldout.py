"""Eight held-out CVs with hand-made answers, written without looking at the extractor.

tests/cv/corpus.py was written alongside `bis cv`, so its score is optimistic. These CVs
were written afterwards, from the taxonomy (bis/cv/skills.yaml) and the rules in
corpus.py's docstring only, to measure the extractor on layouts it was not tuned on:

- a new graduate whose only counted job started "06/2025 – now" (internships not counted);
- a two-column template exported to text (sidebar first, "Languages: Python, Go |
  Datastores: Postgres, DynamoDB", "Sept 2017 - Aug. 2019", "Feb. 2016");
- a European "Curriculum Vitae" in DOCX tables (Europass style) with a photo caption,
  a date of birth, "since 2021", "2015 – 2017" and CEFR levels such as "English (C1)";
- a contractor with ten short, overlapping engagements and a future "available from" date;
- a frontend-heavy PDF with a few backend skills and a "Kafkaesque" checkout;
- a principal engineer (former astrophysicist) whose prose is full of false friends:
  Rust Belt, go-to, swift turnaround, spring 2019, express-delivery, ruby anniversary,
  photometric redshift;
- a mixed Chinese/English CV from Hong Kong (Kong);
- a staff platform engineer in a PDF: Phoenix, AZ, snowflake servers, data-centre airflow,
  and a job in a university's IT department (a job, not education).

Answers follow corpus.py's rules: taxonomy skills at the taxonomy's granularity (an alias
names its skill: "Next.js" is React, "EKS" is Kubernetes, "ElastiCache for Redis" is Redis;
"AWS" only when AWS itself is named, as in corpus.py), years counted by hand in months,
inclusive, as of TODAY, overlaps once, internships and education not counted; year-only
ranges in the Europass CV are contiguous, so the total does not depend on how a bare year
is read. `absent` lists the false friends actually in each document.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.cv.builders import make_docx, make_pdf
from tests.cv.corpus import TODAY, Case

__all__ = ["HELDOUT", "TODAY"]


def _text(content: str) -> Callable[[], bytes]:
    return lambda: content.encode("utf-8")


# 1. New graduate. Counted: 06/2025 – now = Jun 2025 .. Mar 2026 = 10 months.
NEWGRAD_MD = """\
# Noor Haddad
Associate Software Engineer · Toronto, ON · noor.haddad@example.com · github.com/noorhaddad

## Education
**University of Waterloo** — BASc Computer Engineering, co-op programme
Sep 2020 – Apr 2025 · cumulative average 86%
Relevant courses: Operating Systems, Databases, Distributed Systems, Compilers

## Experience
**Associate Software Engineer** · Maplebank Digital · Toronto
06/2025 – now
- Build account-alert endpoints in Java 21 with Spring Boot; 1.3M alerts go out each week.
- Added PostgreSQL indexes and rewrote a report query, cutting it from 9 s to 400 ms.
- Part of the support rotation for the alerts service; closed 14 tickets in my first quarter.

**Software Developer Intern (co-op)** · Lumen Health · Waterloo
Jan 2024 – Apr 2024
- Added a FastAPI service for appointment reminders and packaged it with Docker.
- Raised test coverage of the scheduling module from 41% to 78% with pytest.

**Web Developer Intern (co-op)** · CampusCart · Remote
May 2023 – Aug 2023
- Built checkout pages in React and TypeScript, with Redux for cart state.
- Fixed 30+ accessibility issues in the HTML and CSS templates.

## Projects
**Transit Pulse** (capstone, team of 4)
- Go service that polls GTFS-realtime feeds every 15 seconds and keeps vehicle positions in Redis.
- Shows live delays for 200 bus routes; demoed to the city's transit office.

**Ray Tracer**
- Multithreaded C++ renderer for a graphics course; 4x faster on 8 cores.

## Technical Skills
- **Languages:** Java, Python, Go, C++, TypeScript, SQL
- **Frameworks:** Spring Boot, FastAPI, React
- **Tools:** Git, Docker, PostgreSQL, Redis, GitHub Actions, Linux

## Awards
- Dean's Honours List, 4 terms
- Finalist, CampusHacks 2023
"""

# 2. Two-column template exported to text: the sidebar comes out first, then the main column.
# Counted: Sep 2019 .. Mar 2026 = 79, Sep 2017 .. Aug 2019 = 24, Feb 2016 .. Aug 2017 = 19: 122 months.
TWO_COLUMN_TXT = """\
MATEO GONZÁLEZ RUIZ
Backend Engineer

CONTACT
mateo.gonzalez@example.com
+34 600 000 000
Valencia, Spain
github.com/mgruiz

SKILLS
Languages: Python, Go | Datastores: Postgres, DynamoDB
Messaging: SQS, SNS, Kafka | Cloud: AWS (Lambda, ECS on Fargate, S3)
Tooling: Terraform, Docker, GitHub Actions | Observability: Datadog, Sentry

LANGUAGES
Spanish (native) | English (C1) | Catalan (B2)

INTERESTS
Trail running, board games

PROFILE
Backend engineer who likes boring, well-measured systems. Ten years building APIs for
logistics and ticketing.

EXPERIENCE

Backend Engineer
Parcela Logistics | Valencia
Sept 2019 – Present
• Own the shipment-tracking API (Python, FastAPI) that answers 2,500 requests per second at peak.
• Moved label generation to AWS Lambda and SQS queues; the nightly backlog fell from 3 hours to 12 minutes.
• Designed DynamoDB tables for parcel events; storage cost dropped 38%.
• Wrote Go workers that consume carrier webhooks from Kafka topics.

Software Engineer
Tiquet Studio | Madrid
Sept 2017 - Aug. 2019
• Built REST endpoints in Django for a concert-ticketing site selling 600k tickets a year.
• Owned the Postgres schema and the migration that split orders from payments.

Junior Developer
Tiquet Studio | Madrid
Feb. 2016 – Aug 2017
• Fixed bugs in the PHP back office and wrote Bash deploy scripts.

EDUCATION
B.Sc. Computer Engineering, Universitat Politècnica de València, 2011 – 2015
"""


# 3. Europass-style CV in DOCX tables. Counted: 2015 – 2017, 2017 – 2021, since 2021, contiguous:
# Jan 2015 .. Mar 2026 = 135 months (the 2013 internship and education not counted).
def _europass_docx() -> bytes:
    return make_docx(
        [
            ("title", "Curriculum Vitae"),
            ("para", "Photo: Katharina Vogel, taken March 2024"),
            ("heading", "Personal information"),
            (
                "table",
                [
                    ["Name", "Katharina Vogel"],
                    ["Address", "Musterstraße 12, 22763 Hamburg, Germany"],
                    ["Telephone", "+49 40 0000000"],
                    ["Email", "katharina.vogel@example.com"],
                    ["Date of birth", "14.05.1988"],
                    ["Nationality", "German"],
                ],
            ),
            ("heading", "Position applied for"),
            ("para", "Senior Backend Developer (Kotlin/Java)"),
            ("heading", "Work experience"),
            (
                "table",
                [
                    ["since 2021", "Senior Backend Developer\nHanseCargo GmbH, Hamburg\n"
                                   "• Design and build the container-booking platform in Kotlin with Spring Boot, "
                                   "PostgreSQL and Kafka (11 services, 4,000 bookings per day).\n"
                                   "• Moved the services from a self-hosted cluster to Kubernetes on AWS (EKS); "
                                   "release lead time fell from 2 weeks to 1 day.\n"
                                   "• Mentor three junior developers."],
                    ["2017 – 2021", "Backend Developer\nNordlicht Versicherung AG, Kiel\n"
                                    "• Developed claims services in Java 11 with the Spring Framework on an "
                                    "Oracle 19c database.\n"
                                    "• Introduced Jenkins pipelines and Docker-based test environments; the nightly "
                                    "regression run went from 8 to 4 hours."],
                    ["2015 – 2017", "Junior Java Developer\nSoftwarehaus Brandt GmbH, Lübeck\n"
                                    "• Maintained a Java EE logistics application using Hibernate and MySQL.\n"
                                    "• Wrote SQL reports for 30 customers."],
                    ["07/2013 – 09/2013", "Internship (Praktikum)\nSoftwarehaus Brandt GmbH, Lübeck\n"
                                          "• Built an internal time-tracking tool in PHP."],
                ],
            ),  # fmt: skip
            ("heading", "Education and training"),
            (
                "table",
                [
                    ["2009 – 2015", "M.Sc. Computer Science (Informatik)\nUniversität zu Lübeck"],
                    ["1999 – 2008", "Abitur\nGymnasium Kiel"],
                ],
            ),
            ("heading", "Personal skills"),
            (
                "table",
                [
                    ["Mother tongue", "German"],
                    ["Other languages", "English (C1), French (B1)"],
                    ["Digital skills", "Programming: Kotlin, Java, SQL\nFrameworks: Spring Boot, Hibernate\n"
                                       "Databases: PostgreSQL, Oracle, MySQL\n"
                                       "Infrastructure: Docker, Kubernetes, Terraform, GitLab CI, AWS"],
                    ["Driving licence", "B"],
                ],
            ),  # fmt: skip
            ("heading", "Additional information"),
            ("para", "Volunteer interpreter for the honorary consul of Chile in Hamburg since 2019. "
                     "Sailing, choir."),  # fmt: skip
        ]
    )


# 4. Contractor: ten engagements, several overlapping, two gaps. Counted (union):
# Sep 2014 .. Apr 2020 = 68, Jul 2020 .. Dec 2022 = 30, Mar 2023 .. Mar 2026 = 37: 135 months.
def _contractor_docx() -> bytes:
    return make_docx(
        [
            ("title", "Owen Pritchard"),
            ("para", "Contract Backend & Platform Engineer | Outside IR35 | Cardiff, UK | owen@pritchard-tech.example"),
            ("para", "Available from April 2026 · SC cleared"),
            ("heading", "Profile"),
            ("para", "Independent contractor delivering Python and AWS back ends for fintech and public-sector "
                     "clients since 2019. Before that, nearly five years as a permanent developer at a national "
                     "retailer."),  # fmt: skip
            ("heading", "Contract history"),
            ("subheading", "Python Developer — Harbourside Bank (via Lorimer Recruitment)"),
            ("para", "Oct 2023 – Present · 6-month contract, extended 4 times"),
            ("bullet", "Built the open-banking consent API with FastAPI and PostgreSQL; 400k consents a month."),
            ("bullet", "Wrote Terraform modules for the team's AWS accounts (ECS, RDS, SQS)."),
            ("subheading", "Technical Advisor (2 days/week) — Ffynnon Energy"),
            ("para", "Jan 2025 – Present"),
            ("bullet", "Review architecture for a smart-meter data platform on Kafka and ClickHouse."),
            ("subheading", "Platform Engineer — Government digital service (via Brightwater Digital)"),
            ("para", "Mar 2023 – Sep 2023 (7 months)"),
            ("bullet", "Moved 12 services to Kubernetes with Helm; replaced snowflake servers with images built "
                       "by Packer."),  # fmt: skip
            ("subheading", "Backend Developer — Quillpay"),
            ("para", "Jan 2022 – Dec 2022 (12 months)"),
            ("bullet", "Built the ledger service in Go with PostgreSQL; reconciled 2M payments a month."),
            ("subheading", "Data Engineer — Tidewater Insurance"),
            ("para", "Oct 2021 – Mar 2022 (6 months)"),
            ("bullet", "Ported 40 cron jobs to Airflow DAGs; failed runs fell by 70%."),
            ("subheading", "Python Developer — Morrow Health"),
            ("para", "06/2021 – 09/2021 (4 months)"),
            ("bullet", "Added Celery workers and Redis to a Django app for lab-result notifications."),
            ("subheading", "DevOps Engineer — Corran Logistics"),
            ("para", "Nov 2020 – Jun 2021 (8 months)"),
            ("bullet", "Set up GitLab CI pipelines and Prometheus alerting for 25 services."),
            ("subheading", "Python Developer — Ashgrove Retail"),
            ("para", "07/2020 – 12/2020 (6 months)"),
            ("bullet", "Built stock-sync jobs between the ERP and the web shop using AWS Lambda and DynamoDB."),
            ("subheading", "Backend Developer — Lantern Fintech"),
            ("para", "Feb 2020 – Apr 2020 (3 months)"),
            ("bullet", "Delivered a KYC document-upload service with Flask and Amazon S3 ahead of a regulatory "
                       "deadline."),  # fmt: skip
            ("subheading", "Python Developer — Gwent Mutual"),
            ("para", "Jul 2019 – Jan 2020 (7 months)"),
            ("bullet", "Migrated reporting from Python 2 to Python 3 and from MySQL to PostgreSQL."),
            ("subheading", "Django Developer — Pennant Media"),
            ("para", "Mar 2019 – Aug 2019 (6 months)"),
            ("bullet", "Built REST APIs with Django REST Framework for a subscriptions product."),
            ("heading", "Permanent employment"),
            ("subheading", "Senior Developer — Dragon Home Stores plc, Cardiff"),
            ("para", "Sep 2014 – Feb 2019"),
            ("bullet", "Led a team of 4 on the click-and-collect service (Java, Oracle) used in 180 stores."),
            ("heading", "Skills"),
            ("para", "Python, Go, Java, SQL · Django, FastAPI, Flask, Celery · PostgreSQL, MySQL, DynamoDB, "
                     "ClickHouse, Redis · Kafka, Amazon SQS · AWS, Terraform, Kubernetes, Helm, Docker, GitLab CI, "
                     "Prometheus"),  # fmt: skip
            ("heading", "Education"),
            ("para", "BSc Computer Science, Swansea University, 2011 – 2014"),
        ]
    )


# 5. Frontend-heavy PDF (Latin-1 only). Counted: Oct 2022 .. Mar 2026 = 42, Jun 2020 .. Sep 2022 = 28: 70.
def _frontend_pdf() -> bytes:
    return make_pdf(
        [
            ("title", "Camille Laurent"),
            ("subtitle", "Frontend Engineer"),
            ("subtitle", "Lyon, France | camille.laurent@example.com | camille-laurent.example"),
            ("heading", "Profile"),
            ("para", "Frontend engineer with six years of experience building design systems and fast, accessible "
                     "web apps; I also own the small Node.js services behind them. Known for swift feedback loops "
                     "with designers and for being the go-to person for accessibility audits."),  # fmt: skip
            ("heading", "Experience"),
            ("row", ("Frontend Engineer, Pixelfold", "October 2022 - Present")),
            ("bullet", "Lead the Next.js and TypeScript rewrite of the customer dashboard; Largest Contentful Paint "
                       "fell from 4.1 s to 1.6 s."),  # fmt: skip
            ("bullet", "Built the design system in React with Storybook and Tailwind CSS, used by 5 product teams."),
            ("bullet", "Simplified a Kafkaesque 7-step checkout into 3 steps; conversion rose by 18%."),
            ("bullet", "Wrote a GraphQL gateway in Node.js and Express over three REST services, with PostgreSQL "
                       "for saved views."),  # fmt: skip
            ("row", ("Web Developer, Agence Bleu Ciel", "June 2020 - September 2022")),
            ("bullet", "Shipped 25 client sites with Vue.js, Nuxt and SCSS; moved builds from Gulp to Webpack."),
            ("bullet", "Replaced jQuery widgets on a 60-page legacy site and cut the JavaScript payload by 55%."),
            ("bullet", "Set up Cypress end-to-end tests and a Jest unit suite (1,200 tests)."),
            ("heading", "Skills"),
            ("para", "Frontend: React, Next.js, Vue.js, TypeScript, JavaScript, HTML5, CSS3, SCSS, Tailwind CSS, "
                     "Storybook, Webpack, Vite | Testing: Jest, Cypress, Playwright | Backend: Node.js, Express, "
                     "GraphQL, PostgreSQL | Design: Figma"),  # fmt: skip
            ("heading", "Education"),
            ("para", "Licence professionnelle, Web Development, Université Lumière Lyon 2, 2017 - 2020"),
            ("heading", "Languages"),
            ("para", "French (native), English (C1), Spanish (B1)"),
        ]
    )


# 6. Principal engineer; company headers with several roles, dates right-aligned by spaces.
# Counted: Aug 2007 .. Mar 2026, continuous = 224 months (the PhD is education).
PRINCIPAL_TXT = """\
ELEANOR WHITFIELD
Principal Engineer, Data Platform
Pittsburgh, PA  ·  eleanor.whitfield@example.com  ·  linkedin.com/in/ewhitfield

SUMMARY
Principal engineer with 18 years in data-intensive systems, after a PhD in astrophysics. I grew up
in the Rust Belt and still build software there. The go-to reviewer for storage and pipeline
designs; I keep a swift turnaround on design docs without rubber-stamping them.

EXPERIENCE

Keystone Freight Analytics, Pittsburgh, PA
Principal Engineer                                        April 2019 – present
  - Set technical direction for a 60-engineer data platform group: ingestion on Kafka, storage
    on Amazon S3, and batch compute on Apache Spark running on Kubernetes.
  - Led the spring 2019 re-platforming off a 300-node Hadoop cluster; compute spend fell by 41%.
  - Negotiated an elastic schedule with our express-delivery customers so batch windows follow
    their shipping peaks; late reports dropped from 9% to under 1%.
  - Chair the architecture review board; 70 design reviews a year.

Staff Engineer                                            Jan 2015 – Mar 2019
  - Designed the shipment-events pipeline in Scala with Kafka Streams and Cassandra, handling
    1.2 billion events per day.
  - Mentored 9 engineers; 4 were promoted to senior.

Allegheny Mutual Insurance, Pittsburgh, PA
Senior Software Engineer                                  Jun 2010 – Dec 2014
  - Wrote Java pricing services on Oracle, later moved to PostgreSQL; quotes went from 6 s to 800 ms.
  - Ran the engineering track at the company's ruby anniversary conference (40 years).

Software Engineer                                         Aug 2007 – May 2010
  - Ported Perl batch jobs to Python, cutting the nightly run from 5 hours to 70 minutes.

EDUCATION
PhD, Astrophysics, Carnegie Mellon University, 2002 – 2007
  Thesis: "Photometric redshift estimation for faint galaxies in wide-field surveys"
B.S. Physics, Pennsylvania State University, 1998 – 2002

SKILLS
Scala, Java, Python, SQL, Perl | Kafka, Apache Spark, Hadoop, Cassandra, PostgreSQL | Kubernetes, Terraform, AWS, Airflow

TALKS
"What galaxy surveys taught me about data quality", PyData Pittsburgh 2018
"""

# 7. Mixed Chinese/English, Hong Kong. Counted: Jul 2022 .. Mar 2026 = 45, Aug 2020 .. Jun 2022 = 23: 68.
ZH_EN_TXT = """\
陈嘉欣 Karen Chan
Backend Engineer 后端工程师
香港 Hong Kong · karen.chan@example.com · +852 0000 0000

个人简介 PROFILE
5年后端开发经验，主要使用 Go 和 Java。Bilingual (Cantonese / English / Mandarin); comfortable working
with teams in Shenzhen and Singapore.

工作经历 WORK EXPERIENCE

港速支付有限公司 QuickPay HK Ltd. | Backend Engineer 后端工程师 | 2022年7月 – 现在
- 使用 Go 和 gRPC 开发 FPS 转数快 支付回调服务，日均处理 80万 笔交易。
- Migrated settlement jobs from cron to Kafka consumers; 对账差错率从 0.3% 降到 0.02%。
- 在 AWS 上用 EKS 部署 9 个服务，Terraform 管理基础设施。
- Built Grafana dashboards and on-call runbooks for 6 services.

九龙数码科技有限公司 Kowloon Digital Ltd. | Software Engineer 软件工程师 | 2020.08 – 2022.06
- Built the loyalty-points API in Java with Spring Boot on MySQL, serving 1.2M members.
- 引入 Redis 缓存，接口平均响应时间降低 60%。

实习经历 INTERNSHIP
数码港初创公司 Cyberport start-up | 后端实习生 Backend Intern | 2019年6月 – 2019年8月
- 用 Python 编写数据清洗脚本，处理 50万 条商户记录。

教育背景 EDUCATION
香港科技大学 HKUST | BEng Computer Science | 2016 – 2020

技能 SKILLS
编程语言 Languages: Go, Java, Python, SQL
框架与协议 Frameworks: Spring Boot, gRPC
数据与消息 Data: MySQL, Redis, Kafka
云与运维 Cloud: AWS (EKS), Terraform, Docker, Grafana
语言能力 Spoken: 粤语 (native), English (fluent), 普通话 (good)
"""


# 8. Staff platform engineer, PDF (Latin-1 only). Counted: Nov 2020 .. Mar 2026 = 65,
# Apr 2016 .. Oct 2020 = 55, Jul 2012 .. Mar 2016 = 45: 165 months. The university IT job is a job.
def _staff_platform_pdf() -> bytes:
    return make_pdf(
        [
            ("title", "Rafael Oliveira"),
            ("subtitle", "Staff Platform Engineer"),
            ("subtitle", "Phoenix, AZ | rafael.oliveira@example.com | github.com/rafa-oliveira"),
            ("heading", "Summary"),
            ("para", "Platform engineer with 13 years of experience running infrastructure for healthcare and "
                     "aviation. I care about paved roads: golden paths, sane defaults and an on-call rotation that "
                     "lets people sleep."),  # fmt: skip
            ("heading", "Experience"),
            ("row", ("Staff Platform Engineer, Saguaro Health", "Nov 2020 - today")),
            ("bullet", "Run 14 EKS clusters across 3 AWS regions with Terraform and Argo CD; 300 services deploy "
                       "900 times a week."),  # fmt: skip
            ("bullet", "Replaced snowflake servers with immutable images built by Packer and Ansible; config-drift "
                       "incidents went to zero."),  # fmt: skip
            ("bullet", "Built metrics on Prometheus and Thanos with Grafana dashboards, and cut the Datadog bill by "
                       "$310k a year."),  # fmt: skip
            ("bullet", "Wrote the incident policy and chaired 80 postmortems; pages per on-call week fell from 31 "
                       "to 6."),  # fmt: skip
            ("row", ("Senior DevOps Engineer, Desert Sky Airlines", "Apr 2016 - Oct 2020")),
            ("bullet", "Moved crew-scheduling services from on-prem VMware to AWS (EC2, RDS and ElastiCache for "
                       "Redis); hosting cost fell by 27%."),  # fmt: skip
            ("bullet", "Kept data-centre airflow and power within budget while the old racks were drained."),
            ("bullet", "Built Jenkins pipelines for 60 repositories, later moved to GitHub Actions."),
            ("bullet", "Wrote capacity-planning tools in Python and a Go CLI for rotating certificates."),
            ("row", ("Systems Engineer, Copper State University IT", "Jul 2012 - Mar 2016")),
            ("bullet", "Administered 400 RHEL and Ubuntu servers with Puppet; wrote Bash tooling for patching."),
            ("bullet", "Ran Nginx reverse proxies in front of 35 campus web apps."),
            ("heading", "Skills"),
            ("para", "AWS, Kubernetes (EKS), Terraform, Argo CD, Helm, Ansible, Puppet | Prometheus, Grafana, "
                     "Datadog | Python, Go, Bash | Jenkins, GitHub Actions | Nginx, Linux"),  # fmt: skip
            ("heading", "Education"),
            ("para", "B.S. Information Systems, Copper State University, 2008 - 2012"),
            ("heading", "Certifications"),
            ("para", "Certified Kubernetes Administrator (2019); AWS Certified Solutions Architect - Professional "
                     "(2021)"),  # fmt: skip
        ]
    )


HELDOUT: list[Case] = [
    Case("heldout-newgrad-md", "markdown", "new-grad", _text(NEWGRAD_MD),
         {"Java", "Spring Boot", "PostgreSQL", "FastAPI", "Docker", "React", "TypeScript", "HTML/CSS", "Go",
          "Redis", "C++", "Python", "SQL", "GitHub Actions", "Linux"},
         years=10 / 12, name="Noor Haddad", role="Associate Software Engineer", absent={"Ray"},
         projects=["Transit Pulse", "Ray Tracer"]),
    Case("heldout-two-column-txt", "text", "senior", _text(TWO_COLUMN_TXT),
         {"Python", "Go", "PostgreSQL", "DynamoDB", "Amazon SQS", "Amazon SNS", "Kafka", "AWS", "AWS Lambda",
          "Amazon ECS", "Amazon S3", "Terraform", "Docker", "GitHub Actions", "Datadog", "Sentry", "FastAPI",
          "REST", "Django", "PHP", "Bash"},
         years=122 / 12, name="Mateo González Ruiz", role="Backend Engineer"),
    Case("heldout-europass-docx", "docx", "senior", _europass_docx,
         {"Kotlin", "Spring Boot", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "Java", "Oracle Database",
          "Jenkins", "Docker", "Hibernate", "MySQL", "SQL", "PHP", "Terraform", "GitLab CI"},
         years=135 / 12, name="Katharina Vogel", role="Senior Backend Developer", absent={"Consul"}),
    Case("heldout-contractor-docx", "docx", "senior", _contractor_docx,
         {"Python", "FastAPI", "PostgreSQL", "Terraform", "AWS", "Amazon ECS", "Amazon RDS", "Amazon SQS", "Kafka",
          "ClickHouse", "Kubernetes", "Helm", "Go", "Airflow", "Celery", "Redis", "Django", "GitLab CI",
          "Prometheus", "AWS Lambda", "DynamoDB", "Flask", "Amazon S3", "MySQL", "REST", "Java",
          "Oracle Database", "SQL", "Docker"},
         years=135 / 12, name="Owen Pritchard", role="Python Developer", absent={"Snowflake"}),
    Case("heldout-frontend-pdf", "pdf", "mid", _frontend_pdf,
         {"React", "TypeScript", "HTML/CSS", "GraphQL", "Node.js", "Express", "REST", "PostgreSQL", "Vue",
          "Webpack", "jQuery", "JavaScript"},
         years=70 / 12, name="Camille Laurent", role="Frontend Engineer", absent={"Go", "Swift", "Kafka"}),
    Case("heldout-principal-txt", "text", "principal", _text(PRINCIPAL_TXT),
         {"Kafka", "Amazon S3", "Apache Spark", "Kubernetes", "Hadoop", "Scala", "Cassandra", "Java",
          "Oracle Database", "PostgreSQL", "Perl", "Python", "SQL", "Terraform", "AWS", "Airflow"},
         years=224 / 12, name="Eleanor Whitfield", role="Principal Engineer",
         absent={"Rust", "Go", "Swift", "Spring Boot", "Express", "Ruby", "Redshift"}),
    Case("heldout-zh-en-txt", "text", "mid", _text(ZH_EN_TXT),
         {"Go", "gRPC", "Kafka", "AWS", "Kubernetes", "Terraform", "Grafana", "Java", "Spring Boot", "MySQL",
          "Redis", "Python", "SQL", "Docker"},
         years=68 / 12, name="陈嘉欣 Karen Chan", role="Backend Engineer", absent={"Kong"}),
    Case("heldout-staff-platform-pdf", "pdf", "staff", _staff_platform_pdf,
         {"AWS", "Kubernetes", "Terraform", "Argo CD", "Ansible", "Prometheus", "Grafana", "Datadog",
          "Amazon EC2", "Amazon RDS", "Redis", "Jenkins", "GitHub Actions", "Python", "Go", "Linux", "Puppet",
          "Bash", "Nginx", "Helm"},
         years=165 / 12, name="Rafael Oliveira", role="Staff Platform Engineer",
         absent={"Phoenix", "Snowflake", "Airflow"}),
]  # fmt: skip

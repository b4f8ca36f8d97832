"""Queries: family | text (or ESCO label for descriptions) | query occupation(s) joined by + | source | overrides cid:grade,...

Sources: tmdb5000 = /work/shared/reference/film_credit_jobs.csv (TMDb credits of 197 films);
tmdbjobs = TMDb /3/configuration/jobs list as copied in a public markdown file (search index file id 32180057624);
esco-pref / esco-alt = ESCO occupation preferred / alternative label; esco-desc = ESCO occupation description;
isco-desc = ISCO-08 unit group description as carried in ESCO; esco-skill = ESCO skill preferred label;
esco-skill-desc = ESCO skill description.
"""
TITLES = r"""
Dialogue Editor|dialogue-editor|tmdb5000|
Greensman|greensman|tmdb5000|
Loop Group Coordinator|loop-group|tmdbjobs|
Foley Artist|foley-artist|tmdbjobs|
Matte Painter|matte-painter|tmdbjobs|
Storyboard Designer|storyboard|tmdb5000|
Set Decoration Buyer|buyer|tmdb5000|
Propmaker|prop-maker|tmdb5000|
Key Grip|key-grip|tmdb5000|
Dolly Grip|dolly-grip|tmdb5000|
Best Boy Electric|best-boy-elec|tmdb5000|
Rigging Gaffer|rigging-gaffer|tmdb5000|
Gaffer|gaffer|tmdb5000|
Steadicam Operator|steadicam|tmdb5000|
First Assistant Camera|focus-puller|tmdb5000|
Still Photographer|stills|tmdb5000|
Helicopter Camera|aerial-camera|tmdb5000|drone-pilot:1
Underwater Camera|underwater-camera|tmdb5000|
Video Assist Operator|video-assist|tmdb5000|
Script Supervisor|script-supervisor|tmdb5000|
First Assistant Director|first-ad|tmdb5000|
Second Assistant Director|second-ad|tmdb5000|
Line Producer|line-producer|tmdb5000|
Production Accountant|production-accountant|tmdb5000|
Location Scout|location-scout|tmdb5000|
Casting Associate|casting-associate|tmdb5000|
Unit Publicist|unit-publicist|tmdb5000|
Sound Re-Recording Mixer|rerec-mixer|tmdb5000|
Supervising Sound Editor|sup-sound-editor|tmdb5000|
Sound Effects Editor|sfx-editor|tmdb5000|
ADR Editor|adr-editor|tmdb5000|
Foley Editor|foley-editor|tmdb5000|
Boom Operator|boom-op|tmdb5000|
Production Sound Mixer|prod-sound-mixer|tmdb5000|
Music Editor|music-editor|tmdb5000|
Orchestrator|orchestrator|tmdb5000|
Music Supervisor|music-supervisor|tmdb5000|
Original Music Composer|composer|tmdb5000|
Color Timer|colourist|tmdb5000|
Digital Intermediate|colourist|tmdb5000|
First Assistant Editor|first-asst-editor|tmdb5000|
Visual Effects Editor|vfx-editor|tmdb5000|
Negative Cutter|negative-cutter|tmdb5000|
Post Production Supervisor|post-supervisor|tmdb5000|
Production Design|production-designer|tmdb5000|
Supervising Art Director|supervising-art-director|tmdb5000|
Assistant Art Director|assistant-art-director|tmdb5000|
Set Designer|set-designer|tmdb5000|
Conceptual Design|concept-artist|tmdb5000|
Production Illustrator|production-illustrator|tmdb5000|
Leadman|leadman|tmdb5000|
Set Dresser|set-dresser|tmdb5000|
Property Master|property-master|tmdb5000|
Armorer|armourer|tmdb5000|
Construction Coordinator|construction-manager|tmdb5000|
Standby Painter|standby-painter|tmdb5000|
Scenic Artist|scenic-painter|tmdb5000|
Sculptor|sculptor|tmdb5000|
Costume Design|costume-designer|tmdb5000|
Costume Supervisor|costume-supervisor|tmdb5000|
Set Costumer|set-costumer|tmdb5000|
Seamstress|costume-maker|tmdb5000|
Ager/Dyer|ager-dyer|tmdb5000|
Key Makeup Artist|key-makeup|tmdb5000|makeup-designer:2
Prosthetic Makeup Artist|prosthetics|tmdb5000|
Hairstylist|hairstylist|tmdb5000|
Wigmaker|wigmaker|tmdb5000|
Makeup Department Head|makeup-designer|tmdb5000|
Special Effects Supervisor|sfx-supervisor|tmdb5000|
Pyrotechnician|pyrotechnician|tmdb5000|
Animatronics Designer|animatronics|tmdb5000|
Visual Effects Supervisor|vfx-supervisor|tmdb5000|
Visual Effects Producer|vfx-producer|tmdb5000|
Digital Compositor|compositor|tmdbjobs|
Rotoscoping Artist|roto|tmdbjobs|
Simulation & Effects Artist|fx-artist|tmdb5000|
3D Modeller|modeller|tmdb5000|
Lighting Artist|lighting-artist|tmdb5000|
Character Designer|character-designer|tmdb5000|
Animation Supervisor|anim-supervisor|tmdb5000|
Stunt Coordinator|stunt-coordinator|tmdb5000|
Utility Stunts|stunt-performer|tmdb5000|
Fight Choreographer|fight-director|tmdb5000|
Stand In|stand-in|tmdb5000|
Dialect Coach|dialect-coach|tmdb5000|
Animal Wrangler|animal-wrangler|tmdb5000|
Studio Teachers|studio-teacher|tmdb5000|
Set Medic|set-medic|tmdb5000|
Transportation Captain|transport-coordinator|tmdb5000|
Picture Car Coordinator|picture-vehicle|tmdb5000|
Craft Service|craft-service|tmdb5000|
Marine Coordinator|marine-coordinator|tmdb5000|
Telecine Colorist|colourist|tmdb5000|
ADR Mixer|adr-mixer|tmdbjobs|
Foley Mixer|foley-mixer|tmdbjobs|
Camera Technician|camera-tech|tmdb5000|
Production Coordinator|production-coordinator|tmdb5000|
Unit Production Manager|production-manager|tmdb5000|
Researcher|researcher|tmdb5000|
Script Editor|script-editor|tmdb5000|
Scoring Mixer|scoring-mixer|tmdb5000|
Conductor|conductor|tmdb5000|
Dolby Consultant|dolby-consultant|tmdb5000|
Title Designer|title-designer|tmdb5000|
Costume Illustrator|costume-illustrator|tmdb5000|
Motion Capture Artist|mocap|tmdb5000|
Epk Camera Operator|epk-camera|tmdb5000|
Chef|caterer|tmdb5000|
Translator|translator|tmdb5000|
Security|security|tmdb5000|
Art Department Coordinator|art-coordinator|tmdb5000|
Set Production Assistant|set-pa|tmdb5000|
Executive Producer|exec-producer|tmdb5000|
Local Casting|extras-casting|tmdb5000|
ADR Voice Casting|adr-voice-casting|tmdb5000|
Audio Post Coordinator|audio-post-coord|tmdbjobs|
Sound Designer|sound-designer|tmdb5000|
Camera Operator|camera-operator|tmdb5000|
Director of Photography|dop|tmdb5000|
Editor|editor|tmdb5000|
Carpenter|carpenter|tmdb5000|
Electrician|spark|tmdb5000|
Grip|grip|tmdb5000|
CG Supervisor|cg-supervisor|tmdb5000|
3D Animator|3d-animator|tmdb5000|
Second Unit Director|second-unit-director|tmdbjobs|
Third Assistant Director|third-ad|tmdb5000|
Script Coordinator|script-coordinator|tmdb5000|
Utility Sound|sound-assistant|tmdb5000|
Lighting Director|lighting-director|tmdb5000|
shotgun operator|boom-op|esco-alt|
film location coordinator|location-manager|esco-alt|
continuity supervisor|script-supervisor|esco-alt|
lighting cameraman|dop|esco-alt|
cinematographer|dop|esco-alt|
digital matte painter|matte-painter|esco-alt|
storyboard and animatic artist|storyboard|esco-alt|
production buyer|buyer|esco-alt|
prop builder|prop-maker|esco-alt|
prop master|property-master|esco-alt|
set builder|carpenter|esco-pref|construction-manager:2
scene painter|scenic-painter|esco-alt|
costume attendant|set-costumer|esco-pref|
wardrobe assistant|set-costumer|esco-alt|
costume maker|costume-maker|esco-pref|
bespoke tailor|tailor|esco-alt|
costume buyer|costume-buyer|esco-pref|
hat maker|milliner|esco-alt|
make-up and hair designer|makeup-designer+hair-designer|esco-pref|
prosthetics make-up artist|prosthetics|esco-alt|
hair and wig stylist|hairstylist|esco-alt|wigmaker:2
wig maker|wigmaker|esco-alt|
3D texturing artist|texture-artist|esco-alt|
CGI animator|3d-animator|esco-alt|
2D animator|animator|esco-alt|3d-animator:1
puppet animator|stop-motion|esco-alt|puppeteer:1
animation layout artist|layout-artist|esco-pref|
storyboarder|storyboard|esco-alt|
film casting director|casting-director|esco-alt|
screenplay writer|screenwriter|esco-alt|
film editor|editor|esco-alt|
head of post-production|post-supervisor|esco-alt|
film production designer|production-designer|esco-alt|
art director|art-director|esco-pref|
miniature model maker|miniature-maker|esco-alt|
stunt double|stunt-performer|esco-alt|stand-in:2
fight arranger|fight-director|esco-alt|
movement director|choreographer|esco-alt|
voice-over artist|voice-over|esco-pref|
narrator|voice-over|esco-alt|audio-describer:2
audio describer|audio-describer|esco-pref|
closed caption editor|subtitler|esco-alt|
drone pilot|drone-pilot|esco-pref|aerial-camera:2
film lab technician|film-lab|esco-alt|
videographer|lighting-camera|esco-alt|camera-operator:3,epk-camera:2
TV director|director|esco-alt|
television producer|producer|esco-alt|
cameraman|camera-operator|esco-alt|
photographer|stills|esco-pref|
puppet maker|puppet-maker|esco-alt|
puppeteer|puppeteer|esco-pref|
music arranger|orchestrator|esco-pref|
film music composer|composer|esco-alt|
high rigger|high-rigger|esco-pref|rigging-grip:2
ground rigger|rigging-grip|esco-pref|high-rigger:2
graphic designer|graphic-designer|esco-pref|
assistant video and motion picture director|first-ad+second-ad+third-ad|esco-pref|
automatic dialogue replacement editor|adr-editor|esco-alt|
pyro designer|pyrotechnician|esco-alt|
audio editor|sound-editor|esco-alt|
"""

# description family: ESCO label -> first k sentences of its ESCO description
DESCRIPTIONS = r"""
3D animator|1|3d-animator|esco-desc|animator:3,anim-supervisor:2
3D modeller|1|modeller|esco-desc|
animation layout artist|2|layout-artist|esco-desc|previs:2
animator|1|animator+3d-animator|esco-desc|stop-motion:3
special effects artist|1|vfx-artist|esco-desc|compositor:3,fx-artist:3,matte-painter:2,lighting-artist:2
stop-motion animator|1|stop-motion|esco-desc|puppeteer:1
storyboard artist|2|storyboard|esco-desc|
animation director|2|anim-supervisor|esco-desc|animation-manager:1
casting director|2|casting-director|esco-desc|casting-associate:2
director of photography|2|dop|esco-desc|lighting-camera:2,camera-operator:1
post-production supervisor|2|post-supervisor|esco-desc|
production designer|2|production-designer|esco-desc|
video and motion picture director|2|director|esco-desc|
video and motion picture editor|2|editor|esco-desc|first-asst-editor:2,online-editor:2
video and motion picture producer|2|producer+exec-producer|esco-desc|line-producer:2
voice-over artist|2|voice-over|esco-desc|
miniature set designer|2|miniature-maker|esco-desc|prop-maker:1
scenic painter|2|scenic-painter|esco-desc|
set builder|2|carpenter|esco-desc|construction-manager:2
set designer|2|production-designer|esco-desc|set-designer:2,art-director:2
assistant video and motion picture director|2|first-ad+second-ad|esco-desc|third-ad:2
costume attendant|2|set-costumer|esco-desc|
dresser|2|set-costumer|esco-desc|
fight director|2|fight-director|esco-desc|stunt-coordinator:2
location manager|2|location-manager|esco-desc|location-scout:2
prop maker|2|prop-maker|esco-desc|animatronics:2
prop master/prop mistress|2|property-master+standby-props|esco-desc|
pyrotechnician|2|pyrotechnician|esco-desc|sfx-tech:2
script supervisor|2|script-supervisor|esco-desc|
stand-in|2|stand-in|esco-desc|
stunt performer|1|stunt-performer|esco-desc|stunt-coordinator:2
boom operator|2|boom-op|esco-desc|
camera operator|2|camera-operator|esco-desc|lighting-camera:3,steadicam:2,epk-camera:2
sound editor|2|sound-editor+dialogue-editor+sfx-editor+sup-sound-editor|esco-desc|music-editor:2,foley-editor:2,adr-editor:2,sound-designer:2
recording studio technician|2|recording-studio-tech|esco-desc|scoring-mixer:2,adr-mixer:2,foley-mixer:2,rerec-mixer:1
make-up and hair designer|1|makeup-designer+hair-designer|esco-desc|
make-up artist|2|makeup-artist+prosthetics+key-makeup|esco-desc|
costume maker|2|costume-maker|esco-desc|tailor:2
tailor|2|tailor|esco-desc|
wig and hairpiece maker|1|wigmaker|esco-desc|
milliner|1|milliner|esco-desc|
costume designer|2|costume-designer|esco-desc|
puppet designer|2|puppet-maker|esco-desc|animatronics:2
puppeteer|1|puppeteer|esco-desc|
composer|2|composer|esco-desc|orchestrator:2
music director|2|conductor|esco-desc|composer:2
choreographer|2|choreographer|esco-desc|fight-director:2
costume buyer|2|costume-buyer|esco-desc|
set buyer|2|buyer|esco-desc|set-decorator:2,property-master:1
hair stylist|2|hairstylist|esco-desc|key-hair:3,hair-designer:2
performance hairdresser|1|hairstylist|esco-desc|key-hair:3
high rigger|2|high-rigger|esco-desc|rigging-grip:2
motion picture film developer|2|film-lab|esco-desc|
script writer|2|screenwriter|esco-desc|
drone pilot|1|drone-pilot|esco-desc|aerial-camera:1
subtitler|2|subtitler|esco-desc|
music arranger|2|orchestrator|esco-desc|
audio describer|2|audio-describer|esco-desc|
photographer|1|stills|esco-desc|
digital artist|1|concept-artist+matte-painter+compositor+vfx-artist|esco-desc|
sound designer|2|sound-designer|esco-desc|sup-sound-editor:2
art director|2|art-director+production-designer|esco-desc|
producer|1|producer+exec-producer+line-producer|esco-desc|
"""
ISCO = r"""
C2654|1|director+producer+exec-producer+line-producer+second-unit-director|isco-desc|
C3521|1|camera-operator+prod-sound-mixer+sound-editor+editor|isco-desc|boom-op:3,steadicam:3,lighting-camera:3,rerec-mixer:3,dialogue-editor:3,sfx-editor:3,foley-editor:3,adr-editor:3,adr-mixer:3,recording-studio-tech:3,online-editor:3,sound-assistant:2,colourist:2,video-assist:2
C7531|1|costume-maker+tailor+milliner|isco-desc|wigmaker:2,ager-dyer:2
C5142|1|makeup-artist+key-makeup+prosthetics|isco-desc|makeup-designer:2
C2166|2|vfx-artist+animator+3d-animator+graphic-designer+compositor|isco-desc|title-designer:3,modeller:3,fx-artist:3,matte-painter:3,lighting-artist:3,stop-motion:2,layout-artist:2,texture-artist:2,character-designer:2
"""

# task family: ESCO skill labels (single, or two joined as "someone to X and Y"), and ESCO skill descriptions
TASKS = r"""
operate a camera|camera-operator|esco-skill|steadicam:3,lighting-camera:3,epk-camera:3,dop:2,aerial-camera:2,underwater-camera:2
practise camera movements|camera-operator|esco-skill|steadicam:3
supervise camera crew|dop|esco-skill|
design lighting|dop+gaffer+lighting-director|esco-skill|
cut raw footage digitally|editor|esco-skill|
apply colour grading|colourist|esco-skill|
colour grade images with digital intermediate|colourist|esco-skill|
create subtitles|subtitler|esco-skill|
structure soundtrack|sound-editor+sup-sound-editor|esco-skill|
coordinate music with scenes|music-editor|esco-skill|music-supervisor:2,composer:2
draft music cue breakdown|music-editor|esco-skill|music-supervisor:2
engage composers|music-supervisor|esco-skill|producer:1
mix multi-track recordings|rerec-mixer+recording-studio-tech+scoring-mixer|esco-skill|
set up a multi-track recording|recording-studio-tech+scoring-mixer+foley-mixer+adr-mixer|esco-skill|prod-sound-mixer:2
manage sound quality|prod-sound-mixer+boom-op|esco-skill|rerec-mixer:2
check continuity requirements|script-supervisor|esco-skill|
prepare film continuity reports|script-supervisor|esco-skill|
coordinate rehearsals|first-ad|esco-skill|director:2
develop project schedule|first-ad|esco-skill|line-producer:2,production-manager:2
coordinate transportation|transport-coordinator|esco-skill|driver:2,second-ad:1
search for a suitable filming location|location-manager+location-scout|esco-skill|
arrange permits|location-manager|esco-skill|location-scout:2
prepare road directions|location-manager|esco-skill|location-scout:2
match actors to roles|casting-director|esco-skill|
organise auditions|casting-director+casting-associate|esco-skill|
find appropriate extras|extras-casting|esco-skill|casting-director:2
provide chaperone for children on set|studio-teacher|esco-skill|
write dialogues|screenwriter|esco-skill|script-editor:2
develop script bible|screenwriter|esco-skill|script-editor:2
select scripts|producer+exec-producer|esco-skill|script-editor:2
prepare government funding dossiers|producer|esco-skill|
monitor production costs|line-producer+production-accountant|esco-skill|production-manager:3,post-supervisor:2
hire post-production team|post-supervisor|esco-skill|
create set models|set-designer|esco-skill|miniature-maker:2,production-designer:2,art-director:2
sketch set images|set-designer+production-designer|esco-skill|art-director:2,production-illustrator:2,concept-artist:2
build set constructions|carpenter+construction-manager|esco-skill|
paint sets|scenic-painter+standby-painter|esco-skill|
build props|prop-maker|esco-skill|property-master:2,miniature-maker:2
build devices into props|prop-maker|esco-skill|sfx-tech:2,animatronics:2,property-master:2
hand props to actors|standby-props+property-master|esco-skill|
maintain stage weapons|armourer|esco-skill|property-master:2
train actors in the use of weapons|armourer|esco-skill|fight-director:2
identify props|buyer|esco-skill|property-master:2,set-decorator:2
acquire antique items|buyer|esco-skill|set-decorator:2
build miniature sets|miniature-maker|esco-skill|
dress actors|set-costumer|esco-skill|costume-supervisor:2
perform costume changeovers|set-costumer|esco-skill|
draw up costume sketches|costume-designer+costume-illustrator|esco-skill|asst-costume-designer:2
supervise costume workers|costume-supervisor+costume-designer|esco-skill|
draw up costume patterns|costume-maker+tailor|esco-skill|
dye fabrics|ager-dyer|esco-skill|costume-maker:2
manufacture male suits|tailor|esco-skill|
make up performing artists|makeup-artist+key-makeup|esco-skill|
create lifecasts|prosthetics|esco-skill|sculptor:1
repair prostheses|prosthetics|esco-skill|
style hair|hairstylist+key-hair|esco-skill|
perform quick hair changeovers|hairstylist+key-hair|esco-skill|
design puppets|puppet-maker|esco-skill|animatronics:2
manipulate puppets|puppeteer|esco-skill|stop-motion:2
create clay figures|stop-motion|esco-skill|sculptor:2,prop-maker:1
rig 3D characters|character-td|esco-skill|3d-animator:2
animate 3D organic forms|3d-animator|esco-skill|
create 3D texture map|texture-artist|esco-skill|
use polygonal modelling|modeller|esco-skill|
render 3D images|lighting-artist|esco-skill|vfx-artist:2,modeller:2
present storyboard|storyboard|esco-skill|
create animated narratives|animator|esco-skill|
perform stunts|stunt-performer|esco-skill|
perform with motion capture equipment|mocap|esco-skill|stunt-performer:2
adapt fighting techniques for performance|fight-director|esco-skill|stunt-performer:2
perform risk assessment for fight actions|fight-director+stunt-coordinator|esco-skill|
build pyrotechnical devices|pyrotechnician|esco-skill|sfx-tech:2
develop film|film-lab|esco-skill|stills:1
hang chain hoists|high-rigger+rigging-grip|esco-skill|rigging-gaffer:2
use rope access techniques|high-rigger|esco-skill|rigging-grip:2
develop a choreographic work|choreographer|esco-skill|
select photographic equipment|stills|esco-skill|
synchronise with mouth movements|voice-over|esco-skill|adr-editor:2,adr-mixer:1
=operate a camera;plan shots|camera-operator|esco-skill|steadicam:3,lighting-camera:3,epk-camera:2,dop:2
=cut raw footage digitally;synchronise sound with images|editor|esco-skill|first-asst-editor:2
=check continuity requirements;prepare film continuity reports|script-supervisor|esco-skill|
=match actors to roles;organise auditions|casting-director|esco-skill|casting-associate:3
=arrange permits;manage location logistics|location-manager|esco-skill|
=dress actors;perform costume changeovers|set-costumer|esco-skill|
=make up performing artists;test make-up|makeup-artist+key-makeup|esco-skill|
=style hair;dye hair|hairstylist+key-hair|esco-skill|
=build props;draw prop sketches|prop-maker|esco-skill|property-master:2
=paint sets;transfer designs|scenic-painter|esco-skill|standby-painter:2
=mix multi-track recordings;set up a multi-track recording|recording-studio-tech+scoring-mixer|esco-skill|rerec-mixer:2,adr-mixer:2,foley-mixer:2
=coordinate rehearsals;develop project schedule|first-ad|esco-skill|
=structure soundtrack;synchronise sound with images|sound-editor+sup-sound-editor|esco-skill|
=create clay figures;manipulate puppets|stop-motion|esco-skill|puppeteer:2
=hang chain hoists;use rope access techniques|high-rigger|esco-skill|rigging-grip:2
=perform stunts;practise extreme sports|stunt-performer|esco-skill|
=build pyrotechnical devices;test pyrotechnical effects|pyrotechnician|esco-skill|sfx-tech:2
=select scripts;prepare government funding dossiers|producer|esco-skill|exec-producer:3
=supervise camera crew;design lighting|dop|esco-skill|lighting-camera:2
=identify props;acquire antique items|buyer|esco-skill|set-decorator:2
=maintain stage weapons;train actors in the use of weapons|armourer|esco-skill|
=draw up costume patterns;cut fabrics|costume-maker+tailor|esco-skill|
=create lifecasts;repair prostheses|prosthetics|esco-skill|
=rig 3D characters;animate 3D organic forms|3d-animator+character-td|esco-skill|
=develop film;monitor film development baths|film-lab|esco-skill|
=search for a suitable filming location;prepare road directions|location-manager+location-scout|esco-skill|
=create set models;sketch set images|set-designer|esco-skill|production-designer:2,art-director:2
=apply colour grading;colour grade images with digital intermediate|colourist|esco-skill|
=coordinate music with scenes;draft music cue breakdown|music-editor|esco-skill|
=use polygonal modelling;create 3D texture map|modeller|esco-skill|texture-artist:2
"""
# ESCO skill descriptions used verbatim as task queries: skill label | occupation(s) | overrides
SKILL_DESCS = r"""
operate a camera|camera-operator|steadicam:3,lighting-camera:3,epk-camera:3,dop:2
cut raw footage digitally|editor|
check continuity requirements|script-supervisor|
match actors to roles|casting-director|
paint sets|scenic-painter+standby-painter|
dress actors|set-costumer|
create lifecasts|prosthetics|
build props|prop-maker|property-master:2
rig 3D characters|character-td|3d-animator:2
develop film|film-lab|
perform stunts|stunt-performer|
hang chain hoists|high-rigger+rigging-grip|
manipulate puppets|puppeteer|stop-motion:2
arrange permits|location-manager|location-scout:2
structure soundtrack|sound-editor+sup-sound-editor|
write dialogues|screenwriter|
apply colour grading|colourist|
style hair|hairstylist+key-hair|
"""

"""Common given names, for telling a person's name ("Hillary Clinton") and gender ("she").

Popular names in English-language news (US and UK birth registers over the last
century), with nicknames. Names that are also common words or places (Grace, Hope,
May, Will, Georgia) are left out: a capitalised common word must not become a person.
Names given to both sexes, or that are also common family names written first (Kim,
Lee), tell that a name is a person's but not the person's gender.
"""

from __future__ import annotations

__all__ = ["FEMALE_GIVEN", "MALE_GIVEN", "UNISEX_GIVEN"]

FEMALE_GIVEN = frozenset("""
abby adriana alexandra alicia alison allison alyssa amelia andrea angelica angie anita annie
arlene audrey ava becky bernadette beth bethany betsy bonnie brianna bridget
brooke caitlin camila candace cara carla carly caroline carrie cassandra cathy cecilia chelsea
cindy claudia colleen connie courtney crystal daisy darlene dawn debbie delores destiny dolores
eileen elaine elise eliza ella ellie elsa emilia erica erika erin esther ethel eve
felicia florence gabriela gabrielle gail geraldine gillian gina gwen haley harriet hayley hazel
heidi hilary hillary holly ida ileana isla janelle janine jasmine jeanette jeanne
jenna jenny jill joanna joanne jocelyn jodi josephine judy juliana julianne juliet kaitlyn
kara kate kathy katie katrina kay kayleigh kendra kristen kristin kristina
krystal lacey leah lena lillian lily liz lois lorraine lucy lydia
 mackenzie madeline madeleine maggie mandy marcia margarita margo mariah marian marianne
marisa marissa marjorie marsha maureen maxine melanie melinda mercedes meredith mia michele
mildred miranda miriam molly monica monique nadine naomi natasha nellie nina nora norma paige
paula pauline peggy penelope penny phyllis rachael raquel regina renee rhonda rita roberta
 rosa rosalind rosemary roxanne sabrina sally sandy savannah shannon shauna sheila 
shelley sherry sheryl silvia sonia stacey stacy susanna suzanne sylvia tamara tammy tanya tara
tiffany tina tonya valerie vanessa vera veronica vicki vickie vivian wanda wendy
whitney yolanda yvonne zoe zoë
""".split())

MALE_GIVEN = frozenset("""
abe abraham al alec alfred allen alvin andy angelo archie arnold barry ben bernard
bernie bert brad bradley brendan brent brett byron calvin carlton cecil chad charlie
chester chuck clarence clark claude clayton clifford clint cody cole curtis
dale dan danny darrell darren dean derek derrick dick dominic don donnie doug duane
dustin earl ed eddie edgar edwin eli elliot elliott emmanuel ernest ernie evan felix
floyd francis fred freddie gavin gene geoff geoffrey gerard gilbert glen glenn greg guy harry
harvey hector herbert herman howard hugh hugo isaac jake jared jay jeff jeffery jerome jimmy
joel johnny josh julian julio karl ken kenny kent kurt lance leo leonard leroy lester
lloyd lonnie lou lucas luke malcolm marc mario marshall martin marvin maurice max melvin mitch
mitchell morris nate ned nelson nick norman oliver oscar owen perry phil preston
reggie reginald rick ricky rob robbie rod rodney ron ronnie rudy rudolph russ seth
shane shawn stan stanley ted teddy theodore todd tommy tony travis trevor troy vernon
victor vince wade wallace warren wesley wilbur willard wyatt
""".split())

UNISEX_GIVEN = frozenset("""
alex bailey cameron casey chris dallas drew jackie jamie jo jordan kerry kim lee lindsay lindsey lynn morgan
robin sam sammy shelby sidney taylor tracey tracy
""".split())
